# Parser, date and sanitiser tests (owned by the parser work).
khulasa_add_test(tst_dateparser SOURCES tst_dateparser.cpp LIBS khulasa_core)
khulasa_add_test(tst_feedparser SOURCES tst_feedparser.cpp LIBS khulasa_core)
khulasa_add_test(tst_sanitizer SOURCES tst_sanitizer.cpp LIBS khulasa_core PkgConfig::GUMBO)
khulasa_add_test(tst_feedconformance SOURCES tst_feedconformance.cpp LIBS khulasa_core)
khulasa_add_test(tst_feedstreaming SOURCES tst_feedstreaming.cpp LIBS khulasa_core)
# The fuzz targets' entry points over the fixtures, the seeds and every regression input, built with
# the normal compiler: CI replays what the libFuzzer runs (tests/fuzz, clang) once found.
set(KHULASA_FUZZ_SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/../fuzz)
khulasa_add_test(tst_fuzz_replay
    SOURCES ${KHULASA_FUZZ_SOURCE_DIR}/fuzz_replay.cpp ${KHULASA_FUZZ_SOURCE_DIR}/fuzz_feedparser.cpp
            ${KHULASA_FUZZ_SOURCE_DIR}/fuzz_sanitizer.cpp ${KHULASA_FUZZ_SOURCE_DIR}/fuzz_dateparser.cpp
            ${KHULASA_FUZZ_SOURCE_DIR}/fuzz_extractor.cpp
    LIBS khulasa_core PkgConfig::GUMBO)
target_compile_definitions(tst_fuzz_replay PRIVATE KHULASA_FUZZ_DIR="${KHULASA_FUZZ_SOURCE_DIR}")
# Full-article extraction over the pages in tests/data/pages (issue 7).
khulasa_add_test(tst_articleextractor SOURCES tst_articleextractor.cpp LIBS khulasa_core PkgConfig::GUMBO TIMEOUT 120)
# The pre-pass before parsing pages (scripts, styles, SVG and comments removed) against gumbo itself.
khulasa_add_test(tst_inertcontent SOURCES tst_inertcontent.cpp LIBS khulasa_core PkgConfig::GUMBO)
