#include "engine/classify.h"

#include <catch2/catch.hpp>

#include "helpers.h"
#include "message/reader.h"

using namespace tactful;

namespace {
MessageKind kind_of(const std::string& text) { return engine::classify(read_message("d.txt", text)); }
}  // namespace

TEST_CASE("messages are classified from their subject and their own words", "[engine]") {
  CHECK(kind_of("Dear Ann,\nI'm a nurse exploring informatics. Could we talk for 20 minutes?\n") == MessageKind::outreach);
  CHECK(kind_of("Dear Ann,\nThank you so much for taking the time to speak with me yesterday.\n") == MessageKind::thank_you);
  CHECK(kind_of("Subject: Thank you!\n\nDear Ann,\nYour advice on portfolios was great.\n") == MessageKind::thank_you);
  CHECK(kind_of("Hi Ann,\nI wanted to follow up on my note from last week.\n") == MessageKind::follow_up);
  CHECK(kind_of("Hi Ann,\nJust circling back in case my email got buried.\n") == MessageKind::follow_up);
}

TEST_CASE("a thanks for a chance meeting that asks for a call is an outreach", "[engine]") {
  CHECK(kind_of("Hi Seun,\nThank you for taking a moment with me at the meetup. Would you have 20 minutes for a call?\n") ==
        MessageKind::outreach);
}

TEST_CASE("classify answers the same from the cue set as from counting every cue", "[engine][fast-path]") {
  REQUIRE(engine::build_cue_set_now());
  std::vector<InputEntry> inputs = test::corpus_messages();
  for (InputEntry& generated : test::generated_messages(13, 300 << 10)) inputs.push_back(std::move(generated));
  // Subjects of each kind over bodies of each kind, and cues of both kinds.
  for (const char* subject : {"", "Subject: Thank you!\n", "Subject: Re: Following up\n", "Subject: Thanks, following up\n"})
    for (const char* body : {"I'm exploring informatics. Could we talk for 20 minutes?",
                             "Thank you so much for taking the time to speak with me yesterday.",
                             "I wanted to follow up on my note from last week.",
                             "Thanks for the chat last week. I wanted to follow up on my note from last week.",
                             "Thank you for taking a moment with me at the meetup. Would you have 20 minutes for a call?"}) {
      const std::string text = std::string(subject) + (*subject ? "\n" : "") + "Hi Ann,\n\n" + body + "\n\nBest,\nBo\n";
      inputs.push_back({.path = "crafted.txt", .file = std::make_shared<std::string>(text), .size = text.size()});
    }
  std::size_t kinds[3] = {0, 0, 0};
  for (InputEntry& input : inputs) {
    const Message m = read_message(input.path, std::string(input.bytes()));
    const std::string& path = input.path;
    const MessageKind counted = engine::classify(m, engine::CueCounting::always);
    INFO(path << " at line " << input.first_line);
    CHECK(engine::classify(m, engine::CueCounting::as_available) == counted);
    ++kinds[static_cast<int>(counted)];
  }
  for (const std::size_t n : kinds) CHECK(n >= 5);  // every kind was asked about
}
