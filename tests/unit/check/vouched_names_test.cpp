#include "check/vouched_names.h"

#include <catch2/catch.hpp>

#include <string>

#include "check/pattern_set.h"
#include "message/reader.h"
#include "text/fold.h"

using namespace tactful;

namespace {

const std::string kMessage =
    "From: =?UTF-8?Q?Przemys=C5=82aw?= Nowak <p.nowak-lee@acme-robotics.co.uk>\n"
    "To: Ann Lee <ann@x.org>\n"
    "Reply-To: Tamsin Greer <tg@y.org>\n"
    "Subject: Twenty minutes?\n"
    "\n"
    "Hi Ann,\n"
    "\n"
    "Could you spare 20 minutes for my questions?\n"
    "\n"
    "Thanks,\n"
    "Omar Haddad\n"
    "KRAFTWERK Ltd, Hauptstraße 5\n";

bool vouched(std::string_view word, const check::Settings& settings = {}) {
  const Message message = read_message("draft.eml", kMessage);
  const Document document = Document::of(message);
  const check::PatternHits hits;
  const check::Context ctx{message, document, MessageKind::outreach, settings, hits};
  return check::VouchedNames(ctx).contains(text::fold(word));
}

}  // namespace

TEST_CASE("a message vouches for the words of its addresses, headers and signature, in any case", "[check][spelling]") {
  for (const char* word : {"Przemysław", "PRZEMYSŁAW", "nowak", "lee", "acme", "robotics", "uk", "Ann", "tamsin", "Greer",
                           "Omar", "HADDAD", "Kraftwerk", "ltd"}) {
    CAPTURE(word);
    CHECK(vouched(word));
  }
}

TEST_CASE("a message vouches only for whole words, and not for those of its own text", "[check][spelling]") {
  // "Anna" and "robot" are not words of the sources though "ann" and "robotics" are;
  // "nowa" is part of one; "spare" is in the message's own text only.
  for (const char* word : {"Anna", "robot", "nowa", "aklee", "spare", "questions", "Przemek", "haddadi", ""}) {
    CAPTURE(word);
    CHECK_FALSE(vouched(word));
  }
}

TEST_CASE("a source that is not plain ASCII is compared folded, word by word", "[check][spelling]") {
  // "Hauptstraße" folds to "hauptstrasse": an ASCII word can name it.
  CHECK(vouched("HAUPTSTRASSE"));
  CHECK(vouched("hauptstraße"));
  CHECK_FALSE(vouched("haupt"));
}

TEST_CASE("the configured recipient and personal words are vouched for", "[check][spelling]") {
  check::Settings settings;
  settings.recipient = "Zoë Ångström";
  settings.personal_words = {"McKay", "Okonkwo-Adebayo"};
  for (const char* word : {"zoë", "ÅNGSTRÖM", "mckay", "okonkwo", "Adebayo"}) {
    CAPTURE(word);
    CHECK(vouched(word, settings));
  }
  CHECK(vouched("Zoe", settings));  // accents fold away, as case does
  CHECK_FALSE(vouched("zo", settings));
}
