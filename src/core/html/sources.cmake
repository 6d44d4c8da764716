# HTML5 parsing, sanitising, plain text. Paths are relative to src/core.
target_sources(khulasa_core PRIVATE
    html/cssfilter.h html/cssfilter.cpp
    html/gumbofragment.h html/gumbofragment.cpp
    html/htmlsanitizer.h html/htmlsanitizer.cpp
    html/htmltext.h html/htmltext.cpp
    html/sanitizerwriter.h html/sanitizerwriter.cpp
    html/simplemarkup.h html/simplemarkup.cpp
    html/urlpolicy.h html/urlpolicy.cpp
)
