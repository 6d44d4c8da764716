# Parser, date and sanitiser tests (owned by the parser work).
khulasa_add_test(tst_dateparser SOURCES tst_dateparser.cpp LIBS khulasa_core)
khulasa_add_test(tst_feedparser SOURCES tst_feedparser.cpp LIBS khulasa_core)
khulasa_add_test(tst_sanitizer SOURCES tst_sanitizer.cpp LIBS khulasa_core)
