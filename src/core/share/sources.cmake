# Sharing and publisher contact: share links, phone numbers, contact discovery, QR codes.
# Paths are relative to src/core.
target_sources(khulasa_core PRIVATE
    model/contactchannel.h model/contactchannel.cpp
    share/sharelinks.h share/sharelinks.cpp
    share/phonenumber.h share/phonenumber.cpp
    share/chatwidgetsettings.h share/chatwidgetsettings.cpp
    share/contactdiscovery.h share/contactdiscovery.cpp
    share/channelvalue.h share/channelvalue.cpp
    share/contactfinder.h share/contactfinder.cpp
    share/qrmatrix.h share/qrmatrix.cpp
    share/qrpng.h share/qrpng.cpp
    store/storecontacts.cpp
)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
find_package(PNG REQUIRED)
target_link_libraries(khulasa_core PRIVATE PkgConfig::QRENCODE PNG::PNG)
