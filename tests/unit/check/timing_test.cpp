#include "check/timing.h"

#include "helpers.h"

using namespace tactful;

namespace {

const std::string kLate =
    "id: late\nkind: timing\nseverity: warning\nguideline: G6\napplies-to: [thank-you]\nmessage: Late\n"
    "description: d\nexamples: {fail: [], pass: []}\nsince: interview\n"
    "later-than: {name: thank-you-warning-hours, hours: 24}\nerror-later-than: {name: thank-you-error-hours, hours: 48}\n"
    "phrases: [\"[meet~|met|speak~|talk~|conversation|call|coffee|time]\"]\n";
const std::string kSoon =
    "id: soon\nkind: timing\nseverity: warning\nguideline: G11\napplies-to: [follow-up]\nmessage: Soon\n"
    "description: d\nexamples: {fail: [], pass: []}\nsince: original-message\n"
    "sooner-than: {name: follow-up-min-days, days: 3}\nphrases: [\"[my|the] [email|note]\"]\n";

engine::LintResult lint(const std::string& rule, const std::string& text, MessageKind kind,
                        engine::LintOptions options = {}, engine::Config config = {}) {
  const auto rules = test::rules_from({rule});
  options.kind = kind;
  return engine::Linter(rules).lint(read_message("draft.eml", text), config, options);
}

const Diagnostic* finding(const engine::LintResult& result) {
  return result.diagnostics.empty() ? nullptr : &result.diagnostics.front();
}

}  // namespace

TEST_CASE("a thank-you 30 hours after the interview is a warning that states the evidence", "[check]") {
  const auto r = lint(kLate,
                      "Subject: Thanks\nDate: Tue, 17 Nov 2026 20:00:00 +0530\nX-Interview-Date: 2026-11-16T14:00:00+05:30\n\n"
                      "Thank you for your advice.",
                      MessageKind::thank_you);
  const Diagnostic* d = finding(r);
  REQUIRE(d);
  CHECK(d->severity == Severity::warning);
  CHECK(d->message.find("30 hours after the interview on Mon 16 Nov 2026 14:00 +0530") != std::string::npos);
  CHECK(d->message.find("X-Interview-Date") != std::string::npos);
}

TEST_CASE("a thank-you four days late is an error, and time zones are applied", "[check]") {
  const auto late = lint(kLate,
                         "Subject: Thanks\nDate: Fri, 20 Nov 2026 10:00:00 +0000\n\nThanks again.",
                         MessageKind::thank_you, {.interview = parse_iso8601("2026-11-16T10:00:00Z")});
  REQUIRE(finding(late));
  CHECK(finding(late)->severity == Severity::error);
  CHECK(finding(late)->message.find("4 days after") != std::string::npos);
  CHECK(finding(late)->message.find("--interview-date") != std::string::npos);
  // 18:00 +0100 to 20:30 -0500 the next day is 32.5 hours, not 26.5.
  const auto zones = lint(kLate,
                          "Subject: Thanks\nDate: Tue, 17 Nov 2026 20:30:00 -0500\nX-Interview-Date: Mon, 16 Nov 2026 18:00:00 +0100\n\n"
                          "Thanks again.",
                          MessageKind::thank_you);
  REQUIRE(finding(zones));
  CHECK(finding(zones)->message.find("32.5 hours") != std::string::npos);
}

TEST_CASE("days named in the text date the interview", "[check]") {
  const std::string date = "Subject: Thanks\nDate: Thu, 26 Nov 2026 08:30:00 +0000\n\n";
  CHECK(lint(kLate, date + "Thank you for talking with me yesterday.", MessageKind::thank_you).diagnostics.empty());
  CHECK(lint(kLate, date + "Thank you for meeting me this morning.", MessageKind::thank_you).diagnostics.empty());
  const auto week = lint(kLate, date + "Thank you for meeting me for coffee last week.", MessageKind::thank_you);
  REQUIRE(finding(week));
  CHECK(finding(week)->severity == Severity::error);
  CHECK(finding(week)->message.find("last week") != std::string::npos);
  // The day nearest the words about the meeting wins.
  CHECK(lint(kLate, date + "After I wrote to you last week about my plans, you kindly met me yesterday. Thank you.", MessageKind::thank_you)
            .diagnostics.empty());
  // A day named in a sentence that is not about the meeting is no evidence.
  CHECK(lint(kLate, date + "Thank you. I read your article last week.", MessageKind::thank_you).diagnostics.empty());
}

TEST_CASE("with no evidence there is no finding, only a note", "[check]") {
  const auto r = lint(kLate, "Subject: Thanks\nDate: Thu, 26 Nov 2026 08:30:00 +0000\n\nThank you for your advice.",
                      MessageKind::thank_you);
  CHECK(r.diagnostics.empty());
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes.front().find("no time for the interview") != std::string::npos);
}

TEST_CASE("a follow-up is dated from its quoted attribution line in each client's form", "[check]") {
  const std::string gmail = "Subject: Re: x\nDate: Wed, 18 Nov 2026 10:15:00 -0800\n\nJust following up.\n\n"
                            "On Tue, Nov 17, 2026 at 9:02 AM Ben <ben@example.com> wrote:\n> Hello\n";
  const auto r = lint(kSoon, gmail, MessageKind::follow_up);
  REQUIRE(finding(r));
  CHECK(finding(r)->message.find("Tue 17 Nov 2026 09:02 -0800") != std::string::npos);
  const std::string outlook = "Subject: Re: x\nDate: Wed, 18 Nov 2026 14:00:00 +0000\n\nJust following up.\n\n"
                              "From: Ben <ben@example.com>\nSent: Tuesday, November 17, 2026 9:02 AM\nTo: Ann\n\nHello\n";
  CHECK(finding(lint(kSoon, outlook, MessageKind::follow_up)));
  const std::string apple_late = "Subject: Re: x\nDate: Mon, 23 Nov 2026 08:00:00 +0100\n\nJust following up.\n\n"
                                 "> On Nov 17, 2026, at 09:02, Ben <ben@example.com> wrote:\n> Hello\n";
  const auto ok = lint(kSoon, apple_late, MessageKind::follow_up);
  CHECK(ok.diagnostics.empty());
  REQUIRE(ok.notes.size() == 1);
  CHECK(ok.notes.front().find("quoted attribution line") != std::string::npos);
}

TEST_CASE("the config's limit in days replaces the rule's", "[check]") {
  engine::Config config;
  config.settings.limits["follow-up-min-days"] = 1;
  const std::string text = "Subject: Re: x\nDate: Thu, 19 Nov 2026 10:15:00 -0800\n\nFollowing up on my email from Tuesday.\n";
  CHECK(finding(lint(kSoon, text, MessageKind::follow_up)));
  CHECK(lint(kSoon, text, MessageKind::follow_up, {}, config).diagnostics.empty());
}

TEST_CASE("a timing rule needs a known 'since' and a limit", "[check]") {
  CHECK_FALSE(check::RuleSet::from_texts({{"x.yaml", "id: x\nkind: timing\nseverity: warning\nguideline: G6\napplies-to: [all]\n"
                                                     "message: m\ndescription: d\nexamples: {fail: [], pass: []}\nsince: lunch\n"
                                                     "phrases: [call]\nsooner-than: {name: n, days: 3}\n"}}));
  CHECK_FALSE(check::RuleSet::from_texts({{"x.yaml", "id: x\nkind: timing\nseverity: warning\nguideline: G6\napplies-to: [all]\n"
                                                     "message: m\ndescription: d\nexamples: {fail: [], pass: []}\nsince: interview\n"
                                                     "phrases: [call]\n"}}));
}
