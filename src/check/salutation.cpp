#include "check/salutation.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "check/names.h"
#include "text/fold.h"

namespace tactful::check {
namespace {

using WordSet = std::unordered_set<std::string>;

struct NameToken {
  TextRange range;  // bytes of the body
  std::string folded;
};

// One person named in the greeting: "Dr. Ann Lee" in "Hello Dr. Ann Lee and Raj,".
struct Group {
  std::vector<NameToken> tokens;
  bool titled = false;
  const Person* matched = nullptr;
};

struct Verdict {
  const Person* person = nullptr;
  std::size_t matched = 0;
  std::size_t distance = std::numeric_limits<std::size_t>::max();  // summed over unmatched tokens
};

bool has_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80); });
}

// Close enough to be a slip of the keyboard rather than another name.
bool near_miss(const std::string& written, const std::string& name, std::size_t distance) {
  const std::size_t longest = std::max(written.size(), name.size());
  return distance > 0 && distance <= (longest <= 5 ? 1u : 2u) && !written.empty() && !name.empty();
}

class SalutationRule final : public Rule {
 public:
  SalutationRule(RuleInfo info, std::vector<std::string> titles, WordSet not_names,
                 std::unordered_map<std::string, std::vector<int>> nicknames, WordSet role_words)
      : Rule(std::move(info)),
        titles_(std::move(titles)),
        not_names_(std::move(not_names)),
        nicknames_(std::move(nicknames)),
        role_words_(std::move(role_words)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const std::vector<TextRange>& greeting = ctx.message.regions_of(RegionKind::greeting);
    if (greeting.empty()) return;
    std::vector<Person> to, cc;
    for (const Address& a : ctx.message.to) to.push_back(person_of(a, titles_));
    if (!ctx.settings.recipient.empty()) to.push_back(person_of(std::string_view(ctx.settings.recipient), titles_));
    for (const Address& a : ctx.message.cc) cc.push_back(person_of(a, titles_));
    // "Acme Careers", "Talent Team": a mailbox, not a person; whoever reads it
    // may be greeted by name.
    for (auto* list : {&to, &cc})
      for (Person& p : *list)
        if (std::any_of(p.folded.begin(), p.folded.end(), [&](const std::string& f) { return role_words_.contains(f); }))
          p.parts.clear(), p.folded.clear();
    if (std::none_of(to.begin(), to.end(), [](const Person& p) { return p.named(); })) return;  // no recipient known

    std::vector<const Person*> everyone;
    for (const auto* list : {&to, &cc})
      for (const Person& p : *list) everyone.push_back(&p);
    std::vector<Group> groups = read_greeting(ctx.message.body, greeting, everyone);
    if (groups.empty()) return;
    // One person greeted must be the addressee; several may include the Cc.
    std::vector<const Person*> allowed;
    for (const Person& p : to) allowed.push_back(&p);
    if (groups.size() > 1)
      for (const Person& p : cc) allowed.push_back(&p);
    // An address without a display name could belong to anyone greeted.
    const bool unnamed = std::any_of(allowed.begin(), allowed.end(), [](const Person* p) { return !p->named(); });

    for (Group& g : groups)
      for (const Person* p : allowed)
        if (p->named() && judge(g, *p).matched == g.tokens.size()) {
          g.matched = p;
          break;
        }
    for (const Group& g : groups)
      if (!g.matched && !unnamed) report(ctx, sink, g, groups, allowed);
  }

 private:
  bool same_name(const std::string& token, const std::string& part) const {
    if (token == part) return true;
    if (token.size() == 1) return part.front() == token.front();  // an initial
    // A short form cut from the full name: "Seun" for Oluwaseun, "Chris" for
    // Christopher. Only the greeting may be the shorter one ("Anne" is not "Ann").
    if (token.size() >= 3 && token.size() < part.size() && (part.starts_with(token) || part.ends_with(token))) return true;
    const auto a = nicknames_.find(token), b = nicknames_.find(part);
    if (a == nicknames_.end() || b == nicknames_.end()) return false;
    for (int x : a->second)
      if (std::find(b->second.begin(), b->second.end(), x) != b->second.end()) return true;
    return false;
  }

  Verdict judge(const Group& g, const Person& p) const {
    Verdict v{&p, 0, 0};
    for (const NameToken& t : g.tokens) {
      std::size_t best = std::numeric_limits<std::size_t>::max();
      for (const std::string& part : p.folded) best = std::min(best, same_name(t.folded, part) ? 0 : text::edit_distance(t.folded, part));
      if (best == 0) ++v.matched;
      else v.distance += std::min<std::size_t>(best, 100);
    }
    return v;
  }

  // Splits the greeting into the people it names: "and", "&", commas and
  // slashes separate them; openers ("Dear", "Hello there") and titles are not
  // names; a lower-case word that is nobody's name ends the list ("Greetings
  // from Boston").
  std::vector<Group> read_greeting(std::string_view body, const std::vector<TextRange>& ranges,
                                   const std::vector<const Person*>& people) const {
    std::vector<Group> groups(1);
    const Document doc = Document::of_ranges(body, ranges);
    std::size_t previous_end = ranges.front().begin;
    for (const Word& w : doc.words()) {
      const std::string_view between = body.substr(previous_end, w.range.begin - std::min(previous_end, w.range.begin));
      previous_end = w.range.end;
      if (between.find_first_of(",&/+;") != std::string_view::npos && !groups.back().tokens.empty()) groups.emplace_back();
      const std::string folded = text::fold(doc.word_text(w));
      if (folded == "and") {
        if (!groups.back().tokens.empty()) groups.emplace_back();
        continue;
      }
      if (std::find(titles_.begin(), titles_.end(), folded) != titles_.end()) {
        if (!groups.back().tokens.empty()) groups.emplace_back();
        groups.back().titled = true;
        continue;
      }
      if (not_names_.contains(folded) || !has_letter(doc.word_text(w)) || w.has_digit) continue;
      const bool someones = std::any_of(people.begin(), people.end(), [&](const Person* p) {
        return std::any_of(p->folded.begin(), p->folded.end(), [&](const std::string& part) { return same_name(folded, part); });
      });
      if (!w.capitalized && !someones) break;
      groups.back().tokens.push_back({w.range, folded});
    }
    std::erase_if(groups, [](const Group& g) { return g.tokens.empty(); });
    return groups;
  }

  void report(const Context& ctx, Sink& sink, const Group& g, const std::vector<Group>& groups,
              const std::vector<const Person*>& allowed) const {
    // The person meant: most tokens matched, then the nearest spelling, then
    // someone nobody else in the greeting already names.
    Verdict best;
    bool best_free = false;
    for (const Person* p : allowed) {
      if (!p->named()) continue;
      const Verdict v = judge(g, *p);
      const bool free = std::none_of(groups.begin(), groups.end(), [&](const Group& o) { return o.matched == p; });
      if (!best.person || v.matched > best.matched || (v.matched == best.matched && v.distance < best.distance) ||
          (v.matched == best.matched && v.distance == best.distance && free && !best_free)) {
        best = v;
        best_free = free;
      }
    }
    if (!best.person) return;
    const Person& p = *best.person;
    const std::string_view body = ctx.message.body;
    const TextRange span{g.tokens.front().range.begin, g.tokens.back().range.end};
    std::string replacement(span.in(body));
    std::string written, misspelt_as;
    for (std::size_t k = g.tokens.size(); k-- > 0;) {
      const NameToken& t = g.tokens[k];
      std::size_t nearest = 0, distance = std::numeric_limits<std::size_t>::max();
      bool ok = false;
      for (std::size_t j = 0; j < p.folded.size(); ++j) {
        if (same_name(t.folded, p.folded[j])) ok = true;
        const std::size_t d = text::edit_distance(t.folded, p.folded[j]);
        if (d < distance) distance = d, nearest = j;
      }
      if (ok) continue;
      std::string right;
      if (near_miss(t.folded, p.folded[nearest], distance)) {
        right = p.parts[nearest];
        misspelt_as = right;
      } else {
        right = (g.titled || k > 0) ? p.last() : p.first();
      }
      written = std::string(t.range.in(body));
      replacement.replace(t.range.begin - span.begin, t.range.size(), right);
    }
    std::string text;
    if (!misspelt_as.empty() && g.tokens.size() == 1)
      text = "'" + written + "' in the greeting looks like a misspelling of '" + misspelt_as + "' (the message is to " + p.display + ")";
    else
      text = "The greeting names '" + std::string(span.in(body)) + "', but the message is to " + recipients(allowed);
    ctx.report_body(sink, info(), span, std::move(text), {Fix{"Greet " + replacement, span, replacement}});
  }

  static std::string recipients(const std::vector<const Person*>& people) {
    std::string out;
    for (const Person* p : people)
      if (p->named() && out.find(p->display) == std::string::npos) out += (out.empty() ? "" : ", ") + p->display;
    return out;
  }

  std::vector<std::string> titles_;
  WordSet not_names_;
  std::unordered_map<std::string, std::vector<int>> nicknames_;  // folded name -> its groups
  WordSet role_words_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_salutation_rule(RuleInfo info, const RuleFields& fields, PatternSet&) {
  auto titles = fields.strings("titles");
  if (!titles) return std::unexpected(titles.error());
  if (titles->empty()) *titles = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "doctor"};
  for (std::string& t : *titles) {
    t = text::fold(t);
    if (!t.empty() && t.back() == '.') t.pop_back();
  }
  auto not_names = fields.strings("not-names");
  if (!not_names) return std::unexpected(not_names.error());
  WordSet not_name_set;
  for (const std::string& n : *not_names)
    for (std::string_view w : words_of(n)) not_name_set.insert(text::fold(w));
  auto groups = fields.strings("nicknames");
  if (!groups) return std::unexpected(groups.error());
  std::unordered_map<std::string, std::vector<int>> nicknames;
  for (std::size_t i = 0; i < groups->size(); ++i) {
    const std::vector<std::string_view> names = words_of((*groups)[i]);
    if (names.size() < 2)
      return std::unexpected(fields.error_at(fields.node("nicknames")[i], "a nickname group names at least two forms of one name"));
    for (std::string_view n : names) nicknames[text::fold(n)].push_back(static_cast<int>(i));
  }
  auto roles = fields.strings("role-words");
  if (!roles) return std::unexpected(roles.error());
  WordSet role_set;
  for (const std::string& r : *roles)
    for (std::string_view w : words_of(r)) role_set.insert(text::fold(w));
  return std::make_unique<SalutationRule>(std::move(info), std::move(*titles), std::move(not_name_set), std::move(nicknames),
                                          std::move(role_set));
}

}  // namespace tactful::check
