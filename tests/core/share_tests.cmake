# Sharing and publisher contact (issue 9): included from tests/core/CMakeLists.txt.
# The QR tests decode with ZXing-cpp, independent of the libqrencode encoder, and read PNGs with libpng.
find_package(ZXing REQUIRED)
find_package(PNG REQUIRED)
khulasa_add_test(tst_sharelinks SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sharelinks.cpp LIBS khulasa_core)
khulasa_add_test(tst_contactdiscovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contactdiscovery.cpp LIBS khulasa_core)
khulasa_add_test(tst_qrcode
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_qrcode.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/qrdecode.h ${CMAKE_CURRENT_LIST_DIR}/../support/qrdecode.cpp
    LIBS khulasa_core ZXing::ZXing PNG::PNG)
khulasa_add_test(tst_contacts TIMEOUT 120
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contacts.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/localhttpserver.h ${CMAKE_CURRENT_LIST_DIR}/../support/localhttpserver.cpp
    LIBS khulasa_core)
