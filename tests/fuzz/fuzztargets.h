// The three fuzz entry points, as plain functions so that the libFuzzer binaries (clang, sanitizers)
// and tst_fuzz_replay (GCC, run by CTest) call exactly the same code. Each aborts on a broken
// invariant, which both libFuzzer and CTest report as a failure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace KhulasaFuzz {
/** Any bytes as a feed: never crashes; a success always serialises to one valid JSON object. */
int feedParser(const uint8_t *data, size_t size);
/** Any text as entry HTML: the output re-parses to whitelisted elements, attributes and URLs
 *  only, and the fast path, when it accepts, produces exactly what gumbo's path produces. */
int sanitizer(const uint8_t *data, size_t size);
/** Any text as a date: a date, when one comes out, is in range and survives its own round trip. */
int dateParser(const uint8_t *data, size_t size);
/** Any bytes as a web page: an extracted article is sanitised and complete; never a crash or hang. */
int articleExtractor(const uint8_t *data, size_t size);
} // namespace KhulasaFuzz

#define KHULASA_FUZZ_CHECK(condition)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);               \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
