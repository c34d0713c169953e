#include "check/vouched_names.h"

#include <algorithm>

#include "check/names.h"
#include "support/utf8.h"
#include "text/fold.h"

namespace tactful::check {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether `folded` occurs in the ASCII text `text`, ignoring ASCII case. Each
// word of an ASCII text folds to itself lower-cased, so a word that folds to
// `folded` is such an occurrence: without one, no word of the text matches.
bool occurs_ignoring_case(std::string_view text, std::string_view folded) {
  if (folded.empty() || folded.size() > text.size()) return false;
  for (std::size_t i = 0; i + folded.size() <= text.size(); ++i) {
    if (utf8::ascii_lower_char(text[i]) != folded[0]) continue;
    std::size_t k = 1;
    while (k < folded.size() && utf8::ascii_lower_char(text[i + k]) == folded[k]) ++k;
    if (k == folded.size()) return true;
  }
  return false;
}

// "ann.lee-smith@acme-robotics.co.uk" holds ann, lee, smith, acme, robotics, co, uk.
bool address_holds(std::string_view email, std::string_view folded) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= email.size(); ++i) {
    if (i < email.size() && email[i] != '.' && email[i] != '-' && email[i] != '_' && email[i] != '+' && email[i] != '@')
      continue;
    if (i > start && text::fold(email.substr(start, i - start)) == folded) return true;
    start = i + 1;
  }
  return false;
}

bool words_hold(std::string_view text, std::string_view folded) {
  for (const std::string_view w : words_of(text))
    if (text::fold(w) == folded) return true;
  return false;
}

}  // namespace

VouchedNames::VouchedNames(const Context& ctx) {
  for (const std::string& w : ctx.settings.personal_words) add(w, false);
  add(ctx.settings.recipient, false);
  for (const auto* list : {&ctx.message.from, &ctx.message.to, &ctx.message.cc})
    for (const Address& a : *list) {
      add(a.name, false);
      add(a.email, true);
    }
  for (const char* header : {"Reply-To", "X-Recipient"})
    if (const Header* h = ctx.message.header(header)) add(h->value, false);
  for (const TextRange& r : ctx.message.regions_of(RegionKind::signature)) add(r.in(ctx.message.body), false);
}

void VouchedNames::add(std::string_view text, bool address) {
  if (!text.empty()) sources_.push_back({text, address, is_ascii(text)});
}

bool VouchedNames::contains(std::string_view folded) const {
  for (const Source& s : sources_) {
    if (s.ascii && !occurs_ignoring_case(s.text, folded)) continue;
    if (s.address ? address_holds(s.text, folded) : words_hold(s.text, folded)) return true;
  }
  return false;
}

}  // namespace tactful::check
