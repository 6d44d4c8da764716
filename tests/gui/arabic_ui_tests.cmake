# The Arabic UI (included from tests/gui/CMakeLists.txt): mirrored geometry, translated texts, no English
# left, and a screenshot in <build>/screenshots/mainwindow-arabic-ui.png; plus the English UI left to right.
khulasa_add_test(tst_arabic_ui GUI TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_arabic_ui.cpp
    LIBS khulasa_gui)
