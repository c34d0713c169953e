#include "engine/classify.h"

#include <catch2/catch.hpp>

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
