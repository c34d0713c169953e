#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

#include "support/utf8.h"

namespace tactful::text {
namespace {

// Letters that carry their "accent" in the letter itself, so decomposition
// leaves them alone; readers still take them as the plain letter in a name.
char32_t base_letter(char32_t cp) {
  switch (cp) {
    case U'ł': return U'l';
    case U'ø': return U'o';
    case U'đ': return U'd';
    case U'ð': return U'd';
    case U'ı': return U'i';
    case U'ħ': return U'h';
    case U'ŧ': return U't';
    default: return cp;
  }
}

bool is_apostrophe(char32_t cp) { return cp == U'’' || cp == U'‘' || cp == U'ʼ' || cp == U'\''; }

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += n) out.push_back(utf8::decode(text, i, n));
  return out;
}

std::string case_folded(std::string_view word, bool drop_accents) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  s.foldCase();
  if (drop_accents) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_SUCCESS(status)) {
      icu::UnicodeString decomposed = nfd->normalize(s, status);
      if (U_SUCCESS(status)) s = decomposed;
    }
  }
  std::string utf8;
  s.toUTF8String(utf8);
  std::string out;
  out.reserve(utf8.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size(); i += n) {
    char32_t cp = utf8::decode(utf8, i, n);
    if (is_apostrophe(cp)) {
      out += '\'';
      continue;
    }
    if (drop_accents) {
      if (u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) continue;
      cp = base_letter(cp);
    }
    utf8::append(out, cp);
  }
  if (drop_accents) return out;
  // Recompose, so "josé" stays one code point per letter.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return out;
  icu::UnicodeString composed =
      nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size()))), status);
  if (U_FAILURE(status)) return out;
  std::string result;
  composed.toUTF8String(result);
  return result;
}

}  // namespace

std::string fold(std::string_view word) {
  // Plain ASCII words are the common case; skip ICU for them.
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return case_folded(word, true);
}

std::string fold_case(std::string_view word) { return case_folded(word, false); }

namespace {

// Every apostrophe but the ASCII one starts with one of these two bytes: a
// word with neither needs no replacing (one pass, not two memchr calls).
bool may_hold_typographic_apostrophe(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c == '\xE2' || c == '\xCA'; });
}

}  // namespace

std::string_view plain_apostrophes(std::string_view word, std::string& buffer) {
  if (!may_hold_typographic_apostrophe(word)) return word;
  buffer = plain_apostrophes(word);
  return buffer;
}

std::string plain_apostrophes(std::string_view word) {
  if (!may_hold_typographic_apostrophe(word)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); i += n) {
    const char32_t cp = utf8::decode(word, i, n);
    if (is_apostrophe(cp)) out += '\'';
    else out.append(word.substr(i, n));
  }
  return out;
}

bool has_non_latin_letter(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return false;
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); i += n) {
    const char32_t cp = utf8::decode(word, i, n);
    if (cp < 0x80 || !u_isalpha(static_cast<UChar32>(cp))) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return true;
  }
  return false;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string x = to_code_points(a), y = to_code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

}  // namespace tactful::text
