// Found by fuzz_time: "On 9999…9 wrote:" (hundreds of digits) overflowed an
// int while the attribution-date reader collected the digits, which is
// undefined behaviour (UBSan: signed integer overflow). Digits now saturate.
#include <catch2/catch.hpp>

#include "support/time.h"

using namespace tactful;

TEST_CASE("a run of hundreds of digits in an attribution line is no date and no overflow", "[regression]") {
  CHECK_FALSE(find_written_date("On " + std::string(400, '9') + " wrote:", 0));
  CHECK(find_written_date("On 11/17/26 9:02 AM, Ann wrote:", 0));
}
