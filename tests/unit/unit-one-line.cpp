// Pasting several lines into a single-line field (issue 11, "Long text").
#include <doctest/doctest.h>

#include "core/one_line.hpp"

using dagdeel::one_line;

TEST_CASE("one_line: newlines become one space, never glue words") {
    CHECK(one_line("inloop\n14.00 uur") == "inloop 14.00 uur");
    CHECK(one_line("inloop\r\n14.00 uur") == "inloop 14.00 uur");
    CHECK(one_line("inloop  \n\n  14.00 uur") == "inloop 14.00 uur");
    CHECK(one_line("a\rb") == "a b");
}

TEST_CASE("one_line: leading and trailing line breaks are dropped, a single line is untouched") {
    CHECK(one_line("\nWelkom\n") == "Welkom");
    CHECK(one_line("Welkom en kennismaking") == "Welkom en kennismaking");
    CHECK(one_line("  spaties blijven  ") == "  spaties blijven  ");
    CHECK(one_line("") == "");
    CHECK(one_line("\n\n") == "");
}

TEST_CASE("one_line: UTF-8 passes through") {
    CHECK(one_line("café\ncrème") == "café crème");
}
