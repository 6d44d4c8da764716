// Contact discovery on fixture pages (tests/data/contact/): chat plugins' settings in scripts and
// data attributes, wa.me / api.whatsapp.com / t.me / mailto / tel links, schema.org data, a contact
// page, a page with nothing, and a page full of numbers that are not phone numbers.
#include "share/contactdiscovery.h"

#include <QFile>
#include <QTest>

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/contact/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** "kind:value" of every channel, the form the expectations below are written in. */
QStringList summary(const DiscoveredContacts &found)
{
    QStringList lines;
    for (const ContactChannel &c : found.channels)
        lines.append(ContactChannel::kindName(c.kind) + u':' + c.value);
    return lines;
}

const ContactChannel *find(const DiscoveredContacts &found, ContactChannel::Kind kind)
{
    for (const ContactChannel &c : found.channels) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}
} // namespace

class TestContactDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinChatSettingsInAScript()
    {
        const QByteArray page = fixture("joinchat.html");
        QVERIFY(!page.isEmpty());
        const DiscoveredContacts found = ContactDiscovery::discover(page, QUrl(QStringLiteral("https://alwaha.example/news/")));
        QCOMPARE(found.country, QStringLiteral("SA"));
        QCOMPARE(summary(found), QStringList({
            QStringLiteral("whatsapp:966501234567"),
            QStringLiteral("web:https://alwaha.example/%D8%A7%D8%AA%D8%B5%D9%84-%D8%A8%D9%86%D8%A7/"),
        }));
        const ContactChannel *chat = find(found, ContactChannel::Kind::WhatsApp);
        QCOMPARE(chat->greeting, QStringLiteral("مرحبا 👋 أهلاً! كيف يمكننا مساعدتك؟"));
        QCOMPARE(chat->label, QStringLiteral("تواصل معنا"));
    }

    void socialChatDataAttributesWithALocalNumber()
    {
        const DiscoveredContacts found = ContactDiscovery::discover(fixture("socialchat.html"), QUrl(QStringLiteral("https://gulfdesk.example/")));
        QCOMPARE(found.country, QStringLiteral("AE"));
        QCOMPARE(summary(found), QStringList({QStringLiteral("whatsapp:97141234567"), QStringLiteral("web:https://gulfdesk.example/contact")}));
        const ContactChannel *chat = find(found, ContactChannel::Kind::WhatsApp);
        QCOMPARE(chat->greeting, QStringLiteral("Hi there 👋 How can we help you?"));
        QCOMPARE(chat->label, QStringLiteral("Chat with the newsroom"));
    }

    void linksAndStructuredData()
    {
        const DiscoveredContacts found = ContactDiscovery::discover(fixture("links.html"), QUrl(QStringLiteral("https://alquds-today.example/news/")));
        QCOMPARE(found.country, QString()); // "ar" and ".example" say nothing: only international numbers count
        QStringList got = summary(found);
        got.sort();
        QStringList expected = {
            QStringLiteral("email:desk@alquds-today.example"),
            QStringLiteral("email:tips@alquds-today.example"),
            QStringLiteral("phone:97022981234"), // tel: link and schema.org telephone, once
            QStringLiteral("phone:97022981235"), // Arabic-Indic digits with a 00 prefix
            QStringLiteral("telegram:AlQudsSport"),
            QStringLiteral("telegram:AlQudsTodayNews"), // t.me/s/… in sameAs and t.me/… in the footer, once
            QStringLiteral("web:https://alquds-today.example/contact-us/"),
            QStringLiteral("whatsapp:970599123456"),
            QStringLiteral("whatsapp:972525550199"),
        };
        QCOMPARE(got, expected);
    }

    void pageWithoutContacts()
    {
        const DiscoveredContacts found = ContactDiscovery::discover(fixture("none.html"), QUrl(QStringLiteral("https://plain.example/")));
        QVERIFY2(found.channels.isEmpty(), qPrintable(summary(found).join(u' ')));
    }

    void numbersThatAreNotPhonesAreIgnored()
    {
        // Share buttons (wa.me/?text=, send?text=, t.me/share), ids, prices, dates, analytics settings,
        // a bad tel:, a bad mailto:, and another site's contact page.
        const DiscoveredContacts found = ContactDiscovery::discover(fixture("misleading.html"), QUrl(QStringLiteral("https://masr.example/a/1")));
        QCOMPARE(found.country, QStringLiteral("EG"));
        QVERIFY2(found.channels.isEmpty(), qPrintable(summary(found).join(u' ')));
    }

    void hostileInputStaysBounded()
    {
        // An unterminated settings object, binary noise and 200 000 nested elements (which would keep
        // the HTML parser busy for hours): no crash, no hang, and what came before is still found.
        QByteArray page = "<a href='https://wa.me/966501234567'>chat</a>";
        page += "<script>var joinchat_obj = {\"settings\":{\"telephone\":\"966509999999\"";
        page += QByteArray(100000, '[');
        page += "</script>";
        page += QByteArray(50000, '<') + QByteArray(20000, '\0') + QByteArray("<div><b>", 8).repeated(100000);
        page += "<a href='https://wa.me/966508888888'>too deep to matter</a>";
        const DiscoveredContacts found = ContactDiscovery::discover(page, QUrl(QStringLiteral("https://x.example/")));
        QCOMPARE(summary(found), QStringList{QStringLiteral("whatsapp:966501234567")});
        QVERIFY(ContactDiscovery::discover({}, QUrl()).channels.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactDiscovery)
#include "tst_contactdiscovery.moc"
