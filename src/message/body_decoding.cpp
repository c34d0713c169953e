#include "message/body_decoding.h"

#include <strings.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>

#include "support/utf8.h"

namespace tactful {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

void push(MappedText& out, std::string_view bytes, std::uint32_t at) {
  out.text.append(bytes);
  out.source.insert(out.source.end(), bytes.size(), at);
}

// windows-1252's printable characters in 0x80-0x9F.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.size() - i >= prefix.size() && strncasecmp(s.data() + i, prefix.data(), prefix.size()) == 0;
}

}  // namespace

MappedText identity_mapped(std::string_view encoded, std::size_t base) {
  MappedText out;
  out.text.assign(encoded);
  out.source.resize(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) out.source[i] = static_cast<std::uint32_t>(base + i);
  return out;
}

MappedText decode_quoted_printable(std::string_view in, std::size_t base) {
  MappedText out;
  out.text.reserve(in.size());
  out.source.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto at = static_cast<std::uint32_t>(base + i);
    if (in[i] != '=') {
      // The run up to the next '=' is copied as it is, each byte mapped to
      // its own offset (a byte at a time, this was some 2 % of a batch).
      const std::size_t run_end = std::min(in.find('=', i), in.size());
      out.text.append(in.substr(i, run_end - i));
      const std::size_t mapped = out.source.size();
      out.source.resize(mapped + (run_end - i));
      std::iota(out.source.begin() + static_cast<std::ptrdiff_t>(mapped), out.source.end(), at);
      i = run_end - 1;
      continue;
    }
    // Soft line break: "=" then optional trailing blanks, then CRLF or LF.
    std::size_t j = i + 1;
    while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
    if (j < in.size() && in[j] == '\r') ++j;
    if (j < in.size() && in[j] == '\n') {
      i = j;
      continue;
    }
    if (j >= in.size() && j > i + 1) {  // '=' and blanks at the very end
      i = j;
      continue;
    }
    if (i + 2 < in.size()) {
      const int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.text += static_cast<char>(hi * 16 + lo);
        out.source.push_back(at);
        i += 2;
        continue;
      }
    }
    push(out, "=", at);  // a stray '=' is kept, as most readers do
  }
  return out;
}

MappedText latin1_to_utf8(const MappedText& in, bool windows_1252) {
  MappedText out;
  out.text.reserve(in.text.size() + in.text.size() / 8);
  out.source.reserve(in.text.size() + in.text.size() / 8);
  std::string buffer;
  for (std::size_t i = 0; i < in.text.size(); ++i) {
    const auto b = static_cast<unsigned char>(in.text[i]);
    char32_t cp = b;
    if (windows_1252 && b >= 0x80 && b <= 0x9F) cp = kCp1252High[b - 0x80];
    buffer.clear();
    utf8::append(buffer, cp);
    push(out, buffer, in.source[i]);
  }
  return out;
}

MappedText html_to_text(const MappedText& in) {
  static constexpr std::array<std::string_view, 14> kBlockTags = {
      "p", "/p", "br", "div", "/div", "li", "tr", "/tr", "h1", "h2", "h3", "/h1", "/h2", "blockquote"};
  MappedText out;
  const std::string_view s = in.text;
  std::string buffer;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '<') {
      if (starts_with_ci(s, i, "<style") || starts_with_ci(s, i, "<script") ||
          starts_with_ci(s, i, "<head")) {
        const std::string_view close = starts_with_ci(s, i, "<style")    ? "</style"
                                       : starts_with_ci(s, i, "<script") ? "</script"
                                                                          : "</head";
        std::size_t k = i;
        while (k < s.size() && !starts_with_ci(s, k, close)) ++k;
        // Unclosed, it hides the rest of the text. (Reading a tag name from the
        // end of the text threw std::out_of_range: found by fuzz_message_reader.)
        if (k == s.size()) break;
        i = k;
      }
      const std::size_t end = s.find('>', i);
      std::size_t name_begin = i + 1, name_end = name_begin;
      while (name_end < s.size() && s[name_end] != '>' && s[name_end] != ' ' && s[name_end] != '\t' &&
             s[name_end] != '\n' && s[name_end] != '\r')
        ++name_end;
      std::string_view name = s.substr(name_begin, name_end - name_begin);
      if (!name.empty() && name.back() == '/') name.remove_suffix(1);
      for (std::string_view block : kBlockTags)
        if (block.size() == name.size() && strncasecmp(block.data(), name.data(), name.size()) == 0) {
          push(out, "\n", in.source[i]);
          break;
        }
      i = end == std::string_view::npos ? s.size() : end + 1;
      continue;
    }
    if (c == '&') {
      const std::size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        const std::string_view entity = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (entity == "amp") cp = '&';
        else if (entity == "lt") cp = '<';
        else if (entity == "gt") cp = '>';
        else if (entity == "quot") cp = '"';
        else if (entity == "apos") cp = '\'';
        else if (entity == "nbsp") cp = ' ';
        else if (entity == "rsquo") cp = 0x2019;
        else if (entity == "lsquo") cp = 0x2018;
        else if (entity == "mdash") cp = 0x2014;
        else if (entity == "ndash") cp = 0x2013;
        else if (entity.size() > 1 && entity[0] == '#') {
          const bool hex = entity[1] == 'x' || entity[1] == 'X';
          cp = static_cast<char32_t>(std::strtoul(std::string(entity.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10));
          if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        }
        if (cp != 0) {
          buffer.clear();
          utf8::append(buffer, cp);
          push(out, buffer, in.source[i]);
          i = semi + 1;
          continue;
        }
      }
    }
    // Runs of whitespace collapse as a browser would, except line breaks we made.
    if (c == '\r' || c == '\n' || c == '\t') {
      if (out.text.empty() || (out.text.back() != ' ' && out.text.back() != '\n')) push(out, " ", in.source[i]);
      ++i;
      continue;
    }
    out.text += c;
    out.source.push_back(in.source[i]);
    ++i;
  }
  return out;
}

void repair_utf8(MappedText& text) {
  if (!utf8::is_valid(text.text)) text.text = utf8::repair_in_place_copy(text.text);
}

}  // namespace tactful
