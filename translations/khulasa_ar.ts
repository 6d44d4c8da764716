<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync Accounts</source>
        <translation>حسابات المزامنة</translation>
    </message>
    <message>
        <source>Keep subscriptions, read and saved articles in step with a server that speaks the Google Reader API: FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux.</source>
        <translation>أبقِ الاشتراكات والأخبار المقروءة والمحفوظة متوافقة مع خادم يتحدث واجهة قارئ جوجل البرمجية: فرِش آر إس إس أو مينيفلَكس أو إينوريدر أو ذا أولد ريدر أو بازكوكس.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;زامِن الآن</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;احذف…</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرو&amp;ر:</translation>
    </message>
    <message>
        <source>For FreshRSS, give the API password set in its profile. The password is kept in the system keychain, never in a file.</source>
        <translation>في فرِش آر إس إس أدخل كلمة مرور الواجهة البرمجية المضبوطة في ملفك الشخصي هناك. تُحفظ كلمة المرور في سلسلة مفاتيح النظام، ولا تُكتب في ملف أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;أضف الحساب</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تُزامَن بعد</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last Sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <source>Remove the account %1 with its feeds and articles from Khulasa? The server keeps everything.</source>
        <translation>أتحذف الحساب %1 مع مصادره وأخباره من خلاصة؟ يبقى كل شيء على الخادم.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation>https://example.com/feed.xml</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;المجلد:</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(بلا مجلد)</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>جارٍ التحقق من العنوان…</translation>
    </message>
    <message>
        <source>This page offers several feeds. Choose one:</source>
        <translation>تعرض هذه الصفحة عدة مصادر. اختر واحداً منها:</translation>
    </message>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>أدخل عنوان مصدر أو عنوان موقع.</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found: the page has too little text.</source>
        <translation>لم يُعثر على خبر: نص الصفحة قليل جدًا.</translation>
    </message>
    <message>
        <source>No article found: the page is mostly links.</source>
        <translation>لم يُعثر على خبر: معظم الصفحة روابط.</translation>
    </message>
    <message>
        <source>No article found: the page is a list of stories.</source>
        <translation>لم يُعثر على خبر: الصفحة قائمة بعناوين أخبار.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB; not read.</source>
        <translation>حجم الصفحة أكبر من %1 ميغابايت؛ لم تُقرأ.</translation>
    </message>
    <message>
        <source>The page nests its elements too deeply to be read safely.</source>
        <translation>عناصر الصفحة متداخلة بعمق يمنع قراءتها بأمان.</translation>
    </message>
    <message>
        <source>No article found: the page is empty.</source>
        <translation>لم يُعثر على خبر: الصفحة فارغة.</translation>
    </message>
    <message>
        <source>The page's HTML is too broken to be read.</source>
        <translation>شيفرة الصفحة معطوبة إلى حد يتعذر معه قراءتها.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>▶ Play audio in the system player</source>
        <translation>▶ تشغيل الصوت في مشغّل النظام</translation>
    </message>
    <message>
        <source>▶ Play video in the system player</source>
        <translation>▶ تشغيل الفيديو في مشغّل النظام</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>فتح المرفق</translation>
    </message>
</context>
<context>
    <name>ArticleSaver</name>
    <message>
        <source>Article %1 is not saved.</source>
        <translation>الخبر %1 ليس محفوظًا.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>لا يوجد خبر رقمه %1.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>ردّ الخادم بالرمز %1.</translation>
    </message>
    <message>
        <source>It is not a picture.</source>
        <translation>ليست صورة.</translation>
    </message>
    <message>
        <source>It is not a picture (the server called it %1).</source>
        <translation>ليست صورة (وصفها الخادم بأنها %1).</translation>
    </message>
    <message>
        <source>The article's images would take more than %1 MB.</source>
        <translation>ستتجاوز صور الخبر %1 ميغابايت.</translation>
    </message>
    <message>
        <source>The article was unsaved before its images were kept.</source>
        <translation>أُلغي حفظ الخبر قبل أن تُحفظ صوره.</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
</context>
<context>
    <name>ArticleSearchBar</name>
    <message>
        <source>Search articles (words, "phrases", prefix*)</source>
        <translation>ابحث في الأخبار (كلمات، "عبارات"، بادئة*)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في الأخبار</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>الخبر</translation>
    </message>
</context>
<context>
    <name>CacheFolder</name>
    <message>
        <source>Some cached files could not be removed: %1</source>
        <translation>تعذّر حذف بعض الملفات المخزّنة مؤقتًا: %1</translation>
    </message>
</context>
<context>
    <name>ChannelValue</name>
    <message>
        <source>Enter a value for the contact.</source>
        <translation>اكتب قيمة لوسيلة التواصل.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Write it with the country code (+966 …) or as a local number starting with 0.</source>
        <translation>«%1» ليس رقم هاتف. اكتبه مع رمز الدولة (‎+966 …) أو رقمًا محليًا يبدأ بـ 0.</translation>
    </message>
    <message>
        <source>“%1” is not a Telegram user name or t.me link.</source>
        <translation>«%1» ليس اسم مستخدم في تيليجرام ولا رابط t.me.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» ليس عنوان ويب.</translation>
    </message>
    <message>
        <source>Unknown kind of contact.</source>
        <translation>نوع غير معروف من وسائل التواصل.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Unknown option %1 (see khulasa-cli --help).</source>
        <translation>خيار غير معروف: %1 (راجع khulasa-cli --help).</translation>
    </message>
    <message>
        <source>add needs one URL.</source>
        <translation>يحتاج الأمر add إلى عنوان URL واحد.</translation>
    </message>
    <message>
        <source>Added feed %1: %2 (%3 articles)</source>
        <translation>أُضيف المصدر %1: %2 (عدد الأخبار: %3)</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see list feeds).</source>
        <translation>يحتاج الخيار --feed إلى معرِّف مصدر (راجع list feeds).</translation>
    </message>
    <message>
        <source>list needs “feeds” or “articles”.</source>
        <translation>يحتاج الأمر list إلى «feeds» أو «articles».</translation>
    </message>
    <message>
        <source>parse needs one FILE (or - for standard input).</source>
        <translation>يحتاج الأمر parse إلى ملف واحد FILE (أو - للقراءة من الدخل القياسي).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not parsed.</source>
        <translation>حجم %1 يتجاوز %2 ميغابايت؛ لم يُحلَّل.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>يحتاج الخيار --timeout إلى عدد الثواني.</translation>
    </message>
    <message>
        <source>There is no feed with id %1 (see list feeds).</source>
        <translation>لا يوجد مصدر بالمعرِّف %1 (راجع list feeds).</translation>
    </message>
    <message>
        <source>Refreshed %1 feeds: %2 new articles, %3 failed.</source>
        <translation>حُدِّثت المصادر: %1، الأخبار الجديدة: %2، الإخفاقات: %3.</translation>
    </message>
    <message>
        <source>import-opml needs one FILE (or - for standard input).</source>
        <translation>يحتاج الأمر import-opml إلى ملف واحد FILE (أو - للقراءة من الدخل القياسي).</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed, %3 rejected).</source>
        <translation>استُورِدت المصادر: %1 (مشترك فيها من قبل: %2، مرفوضة: %3).</translation>
    </message>
    <message>
        <source>export-opml takes at most one FILE.</source>
        <translation>يقبل الأمر export-opml ملفًا واحدًا FILE على الأكثر.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>تعذّرت الكتابة في الخرج القياسي.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>account add takes no other words; the password is read from standard input, never from the command line.</source>
        <translation>لا يقبل account add كلمات أخرى؛ تُقرأ كلمة المرور من الدخل القياسي، ولا تؤخذ أبدًا من سطر الأوامر.</translation>
    </message>
    <message>
        <source>account add needs --type greader (the Google Reader API).</source>
        <translation>يحتاج account add إلى ‎--type greader‎ (واجهة قارئ جوجل البرمجية).</translation>
    </message>
    <message>
        <source>account add needs --url URL and --user NAME.</source>
        <translation>يحتاج account add إلى ‎--url URL‎ و‎--user NAME‎.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>No password was given (it is read as one line from standard input).</source>
        <translation>لم تُعطَ كلمة مرور (تُقرأ سطرًا واحدًا من الدخل القياسي).</translation>
    </message>
    <message>
        <source>Added account %1: %2 on %3 (run “khulasa-cli sync” to fetch it).</source>
        <translation>أُضيف الحساب %1: %2 على %3 (شغّل «khulasa-cli sync» لجلب محتواه).</translation>
    </message>
    <message>
        <source>account remove needs an account id (see account list).</source>
        <translation>يحتاج account remove إلى رقم حساب (انظر account list).</translation>
    </message>
    <message>
        <source>account needs “add”, “list” or “remove”.</source>
        <translation>يحتاج account إلى «add» أو «list» أو «remove».</translation>
    </message>
    <message>
        <source>There is no account with id %1 (see account list).</source>
        <translation>لا يوجد حساب رقمه %1 (انظر account list).</translation>
    </message>
    <message>
        <source>Account %1: %2 new articles, %3 changes sent.</source>
        <translation>الحساب %1: أخبار جديدة %2، وتغييرات مُرسلة %3.</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>الحساب %1: %2</translation>
    </message>
    <message>
        <source>discover-contact needs one FILE (or - for standard input).</source>
        <translation>يحتاج الأمر discover-contact إلى ملف واحد FILE (أو - للقراءة من الدخل القياسي).</translation>
    </message>
    <message>
        <source>--url needs an absolute address such as https://example.com/.</source>
        <translation>يحتاج الخيار --url إلى عنوان كامل مثل https://example.com/.</translation>
    </message>
    <message>
        <source>contact needs --feed ID (see list feeds).</source>
        <translation>يحتاج الأمر contact إلى الخيار --feed ID (راجع list feeds).</translation>
    </message>
    <message>
        <source>There is no feed %1 (see list feeds).</source>
        <translation>لا يوجد مصدر برقم %1 (راجع list feeds).</translation>
    </message>
    <message>
        <source>share needs --article ID (see list articles).</source>
        <translation>يحتاج الأمر share إلى الخيار --article ID (راجع list articles).</translation>
    </message>
    <message>
        <source>--to needs one of link, whatsapp, telegram, email, x, qr.</source>
        <translation>يحتاج الخيار --to إلى واحد من: link، whatsapp، telegram، email، x، qr.</translation>
    </message>
    <message>
        <source>share --to qr needs --out FILE.png.</source>
        <translation>يحتاج الأمر share --to qr إلى الخيار --out FILE.png.</translation>
    </message>
    <message>
        <source>--out is only for --to qr.</source>
        <translation>الخيار --out خاص بـ --to qr.</translation>
    </message>
    <message>
        <source>There is no article %1 (see list articles).</source>
        <translation>لا يوجد خبر برقم %1 (راجع list articles).</translation>
    </message>
    <message>
        <source>Article %1 has no web address to share.</source>
        <translation>ليس للخبر %1 عنوان ويب يمكن مشاركته.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>العنوان أطول من أن يتسع له رمز QR.</translation>
    </message>
    <message>
        <source>%1 needs an article id (see list articles).</source>
        <translation>يحتاج الأمر %1 إلى رقم خبر (انظر list articles).</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>لا يوجد خبر رقمه %1.</translation>
    </message>
    <message>
        <source>Cannot change article %1.</source>
        <translation>تعذّر تغيير الخبر %1.</translation>
    </message>
    <message>
        <source>--%1 needs a number of days (0 keeps articles for ever).</source>
        <translation>يحتاج ‎--%1 إلى عدد أيام (0 يُبقي الأخبار دائمًا).</translation>
    </message>
    <message>
        <source>Purged %1 old articles.</source>
        <translation>حُذف %1 من الأخبار القديمة.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>يحتاج ‎--limit إلى عدد موجب.</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>يحتاج الأمر search إلى الكلمات المراد البحث عنها.</translation>
    </message>
    <message>
        <source>extract needs one FILE (or - for standard input).</source>
        <translation>يحتاج الأمر extract إلى ملف واحد FILE (أو - للدخل القياسي).</translation>
    </message>
    <message>
        <source>--url needs an absolute URL, not “%1”.</source>
        <translation>يحتاج الخيار ‎--url إلى عنوان URL كامل، لا «%1».</translation>
    </message>
    <message>
        <source>--article needs an article id (see list articles).</source>
        <translation>يحتاج الخيار ‎--article‎ إلى رقم خبر (انظر list articles).</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>لا يوجد خبر برقم %1.</translation>
    </message>
    <message>
        <source>related needs --article ID.</source>
        <translation>يحتاج الأمر related إلى الخيار ‎--article ID‎.</translation>
    </message>
    <message>
        <source>same story</source>
        <translation>القصة نفسها</translation>
    </message>
    <message>
        <source>related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>--sentences needs a number from 1 to 100.</source>
        <translation>يحتاج الخيار ‎--sentences‎ إلى عدد من ١ إلى ١٠٠.</translation>
    </message>
    <message>
        <source>summarize takes either FILE or --article ID, not both.</source>
        <translation>يأخذ الأمر summarize ملفًا FILE أو الخيار ‎--article ID‎، لا كليهما.</translation>
    </message>
    <message>
        <source>summarize needs one FILE (or - for standard input) or --article ID.</source>
        <translation>يحتاج الأمر summarize إلى ملف واحد FILE (أو - للدخل القياسي) أو إلى الخيار ‎--article ID‎.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not summarised.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت؛ لم يُلخَّص.</translation>
    </message>
    <message>
        <source>Article %1 is saved, but its images were not kept: %2</source>
        <translation>حُفظ الخبر %1، لكن صوره لم تُحفظ: %2</translation>
    </message>
    <message>
        <source>Saved article %1: %2 of %3 images kept (%4).</source>
        <translation>حُفظ الخبر %1: حُفظت %2 من %3 صور (%4).</translation>
    </message>
    <message>
        <source>Not kept: %1 (%2)</source>
        <translation>لم تُحفظ: %1 (%2)</translation>
    </message>
    <message>
        <source>Run “save %1” again later to fetch the missing images.</source>
        <translation>شغّل «save %1» مرة أخرى لاحقًا لجلب الصور الناقصة.</translation>
    </message>
    <message>
        <source>Article %1 is no longer saved, but some of its kept images could not be removed from %2.</source>
        <translation>لم يعد الخبر %1 محفوظًا، لكن تعذّر حذف بعض صوره المحفوظة من %2.</translation>
    </message>
    <message>
        <source>export needs --out FILE.html.</source>
        <translation>يحتاج الأمر export إلى ‎--out FILE.html‎.</translation>
    </message>
    <message numerus="yes">
        <source>Exported article %1 to %2 (%n image(s) inlined).</source>
        <translation>
            <numerusform>صُدّر الخبر %1 إلى %2 (بلا صور مضمّنة).</numerusform>
            <numerusform>صُدّر الخبر %1 إلى %2 (صورة واحدة مضمّنة).</numerusform>
            <numerusform>صُدّر الخبر %1 إلى %2 (صورتان مضمّنتان).</numerusform>
            <numerusform>صُدّر الخبر %1 إلى %2 (%n صور مضمّنة).</numerusform>
            <numerusform>صُدّر الخبر %1 إلى %2 (%n صورة مضمّنة).</numerusform>
            <numerusform>صُدّر الخبر %1 إلى %2 (%n صورة مضمّنة).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Unknown command “%1” (see khulasa-cli --help).</source>
        <translation>أمر غير معروف «%1» (راجع khulasa-cli --help).</translation>
    </message>
    <message>
        <source>subscribe to the feed at URL</source>
        <translation>الاشتراك في المصدر الموجود في URL</translation>
    </message>
    <message>
        <source>download new articles (all feeds, or the given ones)</source>
        <translation>تنزيل المقالات الجديدة (لكل المصادر، أو للمصادر المحددة)</translation>
    </message>
    <message>
        <source>the subscriptions and their state</source>
        <translation>الاشتراكات وحالتها</translation>
    </message>
    <message>
        <source>articles, newest first</source>
        <translation>المقالات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>parse a feed document and print it as JSON</source>
        <translation>تحليل ملف مصدر وطباعته بصيغة JSON</translation>
    </message>
    <message>
        <source>subscribe to every feed of an OPML file</source>
        <translation>الاشتراك في كل مصادر ملف OPML</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML (stdout without FILE)</source>
        <translation>كتابة الاشتراكات بصيغة OPML (إلى المخرج القياسي دون FILE)</translation>
    </message>
    <message>
        <source>add a Google Reader API account; the password is read from standard input</source>
        <translation>إضافة حساب على خادم بواجهة Google Reader؛ تُقرأ كلمة المرور من الدخل القياسي</translation>
    </message>
    <message>
        <source>the accounts and their sync state</source>
        <translation>الحسابات وحالة مزامنتها</translation>
    </message>
    <message>
        <source>remove an account with its feeds and articles</source>
        <translation>حذف حساب مع مصادره ومقالاته</translation>
    </message>
    <message>
        <source>synchronise every account (or the given one)</source>
        <translation>مزامنة كل الحسابات (أو الحساب المحدد)</translation>
    </message>
    <message>
        <source>the publisher's contact channels a saved page yields</source>
        <translation>قنوات التواصل مع الناشر التي تظهر في صفحة محفوظة</translation>
    </message>
    <message>
        <source>a feed's stored contact channels and chat history</source>
        <translation>قنوات التواصل المحفوظة لمصدر وسجل المحادثات</translation>
    </message>
    <message>
        <source>print the article's share link (qr: write a PNG code)</source>
        <translation>طباعة رابط مشاركة المقال (qr: كتابة رمز بصيغة PNG)</translation>
    </message>
    <message>
        <source>use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere</source>
        <translation>استخدام الملف الشخصي في DIR (أو: KHULASA_PROFILE)؛ يُقبل في أي موضع</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>طباعة رقم الإصدار</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>طباعة هذه المساعدة</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>one article with its content_html and text</source>
        <translation>مقال واحد مع content_html ونصه</translation>
    </message>
    <message>
        <source>mark an article read or unread</source>
        <translation>اعتبار مقال مقروءًا أو غير مقروء</translation>
    </message>
    <message>
        <source>articles matching words, "phrases" and prefix*, best first</source>
        <translation>المقالات المطابقة للكلمات و"العبارات" والبادئات*، الأنسب أولًا</translation>
    </message>
    <message>
        <source>forget old articles (never saved ones, nor each feed's newest 20)</source>
        <translation>حذف المقالات القديمة (لا المحفوظة، ولا أحدث ٢٠ مقالًا في كل مصدر)</translation>
    </message>
    <message>
        <source>print the article in a saved web page as JSON</source>
        <translation>طباعة المقال الموجود في صفحة ويب محفوظة بصيغة JSON</translation>
    </message>
    <message>
        <source>the key sentences of an HTML or text file (- for stdin) or of a stored article, one per line, in text order</source>
        <translation>أهم جمل ملف HTML أو ملف نصي (- للدخل القياسي) أو مقال محفوظ، جملة في كل سطر بترتيب النص</translation>
    </message>
    <message>
        <source>the same story elsewhere and related articles</source>
        <translation>الخبر نفسه في مصادر أخرى والمقالات ذات الصلة</translation>
    </message>
    <message>
        <source>keep an article for ever (never purged) with its images for reading offline, or not</source>
        <translation>احفظ خبرًا إلى الأبد (لا يُحذف أبدًا) مع صوره لقراءته دون اتصال، أو ألغِ حفظه</translation>
    </message>
    <message>
        <source>write an article as one HTML file, its kept images inside</source>
        <translation>اكتب خبرًا في ملف صفحة ويب واحد تضمّ صوره المحفوظة</translation>
    </message>
</context>
<context>
    <name>ContactChannelsDialog</name>
    <message>
        <source>Publisher Contacts</source>
        <translation>وسائل التواصل مع الناشر</translation>
    </message>
    <message>
        <source>How to reach this publisher. Khulasa finds some on the publisher's site; what you add or change here is kept.</source>
        <translation>طرق التواصل مع هذا الناشر. تجد خلاصة بعضها في موقع الناشر، وما تضيفه أو تغيّره هنا يبقى كما هو.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Number or address:</source>
        <translation>&amp;الرقم أو العنوان:</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;التحية:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>حفظ &amp;التغييرات</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>وسائل التواصل مع %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Contact page</source>
        <translation>صفحة التواصل</translation>
    </message>
    <message>
        <source>For example +966 50 123 4567</source>
        <translation>مثلًا ‎+966 50 123 4567</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>أضفتها أنت</translation>
    </message>
    <message>
        <source>found on the site</source>
        <translation>وُجدت في الموقع</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Open the publisher's site</source>
        <translation>فتح موقع الناشر</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Contact and share</source>
        <translation>التواصل والمشاركة</translation>
    </message>
    <message>
        <source>Contact the publisher</source>
        <translation>التواصل مع الناشر</translation>
    </message>
    <message>
        <source>Select an article to see how to reach its publisher.</source>
        <translation>اختر خبرًا لتعرف كيف تتواصل مع ناشره.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>نُسخ الرابط</translation>
    </message>
    <message>
        <source>&amp;Contact Panel</source>
        <translation>لوحة &amp;التواصل</translation>
    </message>
    <message>
        <source>No way to reach this publisher is known yet. Khulasa looks for one on the publisher's site; you can also add one yourself.</source>
        <translation>لا تُعرف بعد وسيلة للتواصل مع هذا الناشر. تبحث خلاصة عنها في موقع الناشر، ويمكنك أيضًا إضافتها بنفسك.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <translation>امسح الرمز</translation>
    </message>
    <message>
        <source>Continue on your phone: scan the code with its camera</source>
        <translation>تابع على هاتفك: امسح الرمز بكاميرته</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>حفظ الصورة…</translation>
    </message>
    <message>
        <source>Edit contacts…</source>
        <translation>تعديل وسائل التواصل…</translation>
    </message>
    <message>
        <source>Chats opened from Khulasa</source>
        <translation>المحادثات المفتوحة من خلاصة</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Contact page</source>
        <translation>صفحة التواصل</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 links.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح روابط %1.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>رمز الاستجابة السريعة لـ %1</translation>
    </message>
    <message>
        <source>Contact panel: this publisher can be reached</source>
        <translation>لوحة التواصل: يمكن التواصل مع هذا الناشر</translation>
    </message>
    <message>
        <source>Contact panel</source>
        <translation>لوحة التواصل</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored for this entry.</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا العنصر.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>رفضت حافظة كلمات المرور في النظام الوصول: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored. Start a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>لا تتوفر حافظة كلمات مرور في النظام، لذا لم تُحفظ كلمة المرور. شغّل خدمة أسرار (مثل GNOME Keyring أو KWallet) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>أخفقت حافظة كلمات المرور في النظام: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>سلسلة مفاتيح النظام غير متوفرة.</translation>
    </message>
    <message>
        <source>Khulasa is closing.</source>
        <translation>خلاصة تُغلَق.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>مشغّل SQLite الخاص بـ Qt غير موجود (ثبّت الحزمة libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Khulasa database or is damaged: %2</source>
        <translation>الملف %1 ليس قاعدة بيانات لخلاصة أو أنه تالف: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another application; it was left untouched.</source>
        <translation>الملف %1 يخص تطبيقًا آخر؛ تُرك دون أي تعديل.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khulasa (schema %2, this version knows %3). It was left untouched; please update Khulasa.</source>
        <translation>كُتب الملف %1 بإصدار أحدث من خلاصة (المخطط %2، وهذا الإصدار يعرف حتى المخطط %3). تُرك الملف دون أي تعديل؛ يُرجى تحديث خلاصة.</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>تعذّر ضبط قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it: %1</source>
        <translation>تعذّر أخذ نسخة احتياطية من قاعدة البيانات قبل ترقيتها: %1</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation>خطوة المخطط %1 غير موجودة في هذه النسخة من البرنامج.</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>تعذّر بدء ترقية المخطط: %1</translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>أخفقت خطوة المخطط %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>تعذّر تسجيل إصدار المخطط: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the search functions of the database %1.</source>
        <translation>تعذّر تجهيز دوال البحث في قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>تعذّرت إعادة بناء فهرس البحث: %1</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>the server stopped sending data for %1 seconds</source>
        <translation>توقف الخادم عن إرسال البيانات مدة %L1 ثانية</translation>
    </message>
    <message>
        <source>the download took longer than %1 seconds</source>
        <translation>استغرق التنزيل أكثر من %L1 ثانية</translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation>حجم المصدر يتجاوز %L1 ميغابايت</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>أرسل الخادم ردًا فارغًا</translation>
    </message>
    <message>
        <source>a redirect tried to leave HTTPS</source>
        <translation>حاولت إعادة التوجيه الانتقال من HTTPS إلى اتصال غير آمن</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>لا يمكن الجلب إلا من عناوين http أو https</translation>
    </message>
    <message>
        <source>the server asked us to wait until %1 before asking again</source>
        <translation>طلب الخادم الانتظار حتى %1 قبل المحاولة مجدداً</translation>
    </message>
    <message>
        <source>the server sent no HTTP response</source>
        <translation>لم يُرسل الخادم أي رد HTTP</translation>
    </message>
    <message>
        <source>next attempt after %1</source>
        <translation>المحاولة التالية بعد %1</translation>
    </message>
    <message>
        <source>the server redirected to an address that cannot be fetched</source>
        <translation>أعاد الخادم التوجيه إلى عنوان لا يمكن جلبه</translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation>حلقة إعادة توجيه</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>إعادات توجيه كثيرة جداً (أكثر من %L1)</translation>
    </message>
</context>
<context>
    <name>FeedListMenu</name>
    <message>
        <source>&amp;Refresh This Feed</source>
        <translation>تحديث هذا المصد&amp;ر</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;الخصائص…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;إلغاء الاشتراك…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, saved ones included.</source>
        <translation>هل تريد إلغاء الاشتراك في «%1»؟ ستُحذف أخباره، بما فيها المحفوظة.</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;وسم الكل كمقروء</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” here and on its sync server? Its articles are removed, saved ones included.</source>
        <translation>هل تريد إلغاء الاشتراك في «%1» هنا وعلى خادم المزامنة؟ ستُحذف أخباره، بما فيها المحفوظة.</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>خصائص المصدر</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Text direction:</source>
        <translation>&amp;اتجاه النص:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;التحديث كل:</translation>
    </message>
    <message>
        <source>Login (for feeds that need one)</source>
        <translation>تسجيل الدخول (للمصادر التي تتطلبه)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرو&amp;ر:</translation>
    </message>
    <message>
        <source>Automatic (from the text)</source>
        <translation>تلقائي (حسب النص)</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(دون تغيير)</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>تُحفظ كلمة المرور في سلسلة مفاتيح النظام، ولا تُكتب في أي ملف أبداً.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords cannot be stored.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام: لا يمكن حفظ كلمات المرور.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>أدخل كلمة المرور للمستخدم %1.</translation>
    </message>
    <message>
        <source>&amp;Notify me of new articles</source>
        <translation>&amp;أعلمني بالأخبار الجديدة</translation>
    </message>
    <message>
        <source>&amp;Load full articles:</source>
        <translation>تحميل &amp;الأخبار كاملة:</translation>
    </message>
    <message>
        <source>For feeds that send only a teaser: fetch each article's web page and keep only the story</source>
        <translation>للمصادر التي ترسل مقتطفًا فقط: جلب صفحة ويب كل خبر والاحتفاظ بالخبر وحده</translation>
    </message>
    <message>
        <source>Never (show what the feed sends)</source>
        <translation>أبدًا (عرض ما يرسله المصدر)</translation>
    </message>
    <message>
        <source>When I ask (View menu)</source>
        <translation>عند الطلب (قائمة العرض)</translation>
    </message>
    <message>
        <source>Always, after each refresh</source>
        <translation>دائمًا، بعد كل تحديث</translation>
    </message>
</context>
<context>
    <name>FeedTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>أخبار اليوم</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>أخفق آخر تحديث: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخر تحقق: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Khulasa — أهلاً بك في خلاصة</source>
        <translation>أهلاً بك في خلاصة — Welcome to Khulasa</translation>
    </message>
</context>
<context>
    <name>FullArticleController</name>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>تحميل الخبر &amp;الكامل</translation>
    </message>
    <message>
        <source>Fetch the article's web page and show the whole story instead of the feed's teaser</source>
        <translation>جلب صفحة ويب الخبر وعرضه كاملًا بدلًا من مقتطف المصدر</translation>
    </message>
    <message>
        <source>Turn on “Load full articles” in the feed's properties first</source>
        <translation>فعّل أولًا «تحميل الأخبار كاملة» في خصائص المصدر</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>جارٍ تحميل الخبر الكامل…</translation>
    </message>
    <message>
        <source>Full article not loaded: %1</source>
        <translation>لم يُحمَّل الخبر الكامل: %1</translation>
    </message>
</context>
<context>
    <name>FullArticleLoader</name>
    <message>
        <source>The article is no longer stored.</source>
        <translation>لم يعد الخبر محفوظًا.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>ليس للخبر صفحة ويب يمكن تحميلها.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>أجاب الخادم بالرمز %1.</translation>
    </message>
    <message>
        <source>The article's address is not a web page (%1).</source>
        <translation>عنوان الخبر ليس صفحة ويب (%1).</translation>
    </message>
    <message>
        <source>The article could not be saved.</source>
        <translation>تعذّر حفظ الخبر.</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>الرد أكبر من %1 ميغابايت</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>لا رد خلال %1 ثانية</translation>
    </message>
    <message>
        <source>The sync was interrupted because Khulasa is closing; it goes on next time.</source>
        <translation>انقطعت المزامنة لأن خلاصة تُغلَق؛ ستُستكمل في المرة القادمة.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent: %2</source>
        <translation>فشل الاتصال الآمن بـ %1، فلم يُرسَل شيء: %2</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>تعذّر الوصول إلى الخادم %1: %2</translation>
    </message>
    <message>
        <source>The server refused the login (HTTP %1). Check the user name and the password (for FreshRSS, the API password set in its profile).</source>
        <translation>رفض الخادم تسجيل الدخول (رمز الاستجابة %1). تحقّق من اسم المستخدم وكلمة المرور (في فرِش آر إس إس: كلمة مرور الواجهة البرمجية المضبوطة في ملفك الشخصي هناك).</translation>
    </message>
    <message>
        <source>The server does not offer %1 (HTTP %2): it implements only part of the Google Reader API.</source>
        <translation>لا يقدّم الخادم %1 (رمز الاستجابة %2): فهو لا ينفّذ إلا جزءًا من واجهة قارئ جوجل البرمجية.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2.</source>
        <translation>ردّ الخادم برمز الاستجابة %1 على %2.</translation>
    </message>
    <message>
        <source>The server's login answer holds no auth token.</source>
        <translation>لا يحمل ردّ الخادم على تسجيل الدخول رمز مصادقة.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https:// or http://).</source>
        <translation>«%1» ليس عنوانًا على الوِب (يجب أن يبدأ بـ https:// أو http://).</translation>
    </message>
    <message>
        <source>No keychain is available for the account's password.</source>
        <translation>لا تتوفر سلسلة مفاتيح لكلمة مرور الحساب.</translation>
    </message>
    <message>
        <source>The account's password is not in the keychain; remove the account and add it again.</source>
        <translation>كلمة مرور الحساب ليست في سلسلة المفاتيح؛ احذف الحساب ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>The server's answer to %1 is not the JSON the Google Reader API describes (%2).</source>
        <translation>ردّ الخادم على %1 ليس بصيغة JSON التي تصفها واجهة قارئ جوجل البرمجية (%2).</translation>
    </message>
</context>
<context>
    <name>HeadlessRender</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 ليس مصدراً: %2</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 does not exist: %2 has %n entries (numbered from 0).</source>
        <translation>
            <numerusform>المدخل %1 غير موجود: لا يحوي %2 أي مدخل (يبدأ الترقيم من 0).</numerusform>
            <numerusform>المدخل %1 غير موجود: يحوي %2 مدخلاً واحداً (يبدأ الترقيم من 0).</numerusform>
            <numerusform>المدخل %1 غير موجود: يحوي %2 مدخلين (يبدأ الترقيم من 0).</numerusform>
            <numerusform>المدخل %1 غير موجود: يحوي %2 %Ln مدخلات (يبدأ الترقيم من 0).</numerusform>
            <numerusform>المدخل %1 غير موجود: يحوي %2 %Ln مدخلاً (يبدأ الترقيم من 0).</numerusform>
            <numerusform>المدخل %1 غير موجود: يحوي %2 %Ln مدخل (يبدأ الترقيم من 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>The article did not finish loading within a minute.</source>
        <translation>لم يكتمل تحميل الخبر خلال دقيقة.</translation>
    </message>
    <message>
        <source>The article could not be shown.</source>
        <translation>تعذّر عرض الخبر.</translation>
    </message>
    <message>
        <source>Nothing was rendered.</source>
        <translation>لم يُعرض أي شيء.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>تعذّرت كتابة لقطة الشاشة %1.</translation>
    </message>
    <message>
        <source>--render needs --screenshot OUT.png.</source>
        <translation>الخيار ‎--render‎ يحتاج إلى ‎--screenshot OUT.png‎.</translation>
    </message>
</context>
<context>
    <name>HttpWords</name>
    <message>
        <source>the server rejected the request (400)</source>
        <translation>رفض الخادم الطلب (400)</translation>
    </message>
    <message>
        <source>authentication required (401)</source>
        <translation>يلزم تسجيل الدخول (401)</translation>
    </message>
    <message>
        <source>access forbidden (403)</source>
        <translation>الوصول ممنوع (403)</translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation>غير موجود (404)</translation>
    </message>
    <message>
        <source>the feed is gone for good (410)</source>
        <translation>أُزيل المصدر نهائياً (410)</translation>
    </message>
    <message>
        <source>too many requests (429)</source>
        <translation>طلبات كثيرة جداً (429)</translation>
    </message>
    <message>
        <source>server error (500)</source>
        <translation>خطأ في الخادم (500)</translation>
    </message>
    <message>
        <source>bad gateway (502)</source>
        <translation>بوابة غير صالحة (502)</translation>
    </message>
    <message>
        <source>service unavailable (503)</source>
        <translation>الخدمة غير متاحة (503)</translation>
    </message>
    <message>
        <source>gateway timeout (504)</source>
        <translation>انتهت مهلة البوابة (504)</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>خطأ في الخادم (%1)</translation>
    </message>
    <message>
        <source>the server answered with status %1</source>
        <translation>ردّ الخادم بالحالة %1</translation>
    </message>
    <message>
        <source>certificate not trusted: self-signed</source>
        <translation>الشهادة غير موثوقة: موقّعة ذاتياً</translation>
    </message>
    <message>
        <source>certificate not trusted: expired</source>
        <translation>الشهادة غير موثوقة: منتهية الصلاحية</translation>
    </message>
    <message>
        <source>certificate not trusted: not valid yet</source>
        <translation>الشهادة غير موثوقة: لم تصبح صالحة بعد</translation>
    </message>
    <message>
        <source>certificate not trusted: issued for another site</source>
        <translation>الشهادة غير موثوقة: صادرة لموقع آخر</translation>
    </message>
    <message>
        <source>certificate not trusted: revoked</source>
        <translation>الشهادة غير موثوقة: مُلغاة</translation>
    </message>
    <message>
        <source>certificate not trusted: unknown issuer</source>
        <translation>الشهادة غير موثوقة: جهة إصدار مجهولة</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>الشهادة غير موثوقة: %1</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>رفض الخادم الاتصال</translation>
    </message>
    <message>
        <source>the server closed the connection before the feed was complete</source>
        <translation>أغلق الخادم الاتصال قبل اكتمال المصدر</translation>
    </message>
    <message>
        <source>the server's name could not be found (offline?)</source>
        <translation>تعذّر العثور على اسم الخادم (هل الجهاز غير متصل؟)</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>انتهت مهلة الاتصال</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>الشبكة غير متاحة</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>لا يمكن جلب إلا عناوين http وhttps</translation>
    </message>
    <message>
        <source>the proxy could not be reached</source>
        <translation>تعذّر الوصول إلى الوكيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khulasa</source>
        <translation>خلاصة</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>Refreshing %v/%m</source>
        <translation>جارٍ التحديث: %v من %m</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>اختر خبرًا لتقرأه هنا.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;الخبر</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation>أُضيف المصدر</translation>
    </message>
    <message>
        <source>Refresh finished</source>
        <translation>اكتمل التحديث</translation>
    </message>
    <message>
        <source>About Khulasa</source>
        <translation>حول خلاصة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khulasa %1&lt;/h3&gt;&lt;p&gt;A desktop news reader built first for Arabic readers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;خلاصة %1&lt;/h3&gt;&lt;p&gt;قارئ أخبار لسطح المكتب صُمِّم للقارئ العربي أولًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>استيراد الاشتراكات</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>ملفات OPML (*.opml *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>لم يُستورد أي مصدر</numerusform>
            <numerusform>استُورد مصدر واحد</numerusform>
            <numerusform>استُورد مصدران</numerusform>
            <numerusform>استُورد %Ln مصادر</numerusform>
            <numerusform>استُورد %Ln مصدرًا</numerusform>
            <numerusform>استُورد %Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>تصدير الاشتراكات</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>ملفات OPML (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported</source>
        <translation>صُدِّرت الاشتراكات</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>عاد الاتصال بالشبكة</translation>
    </message>
    <message>
        <source>Offline: refreshing is paused</source>
        <translation>لا يوجد اتصال: التحديث متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>Article columns</source>
        <translation>أعمدة قائمة المقالات</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;إضافة مصدر…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>تحديث &amp;الكل</translation>
    </message>
    <message>
        <source>&amp;Stop Refreshing</source>
        <translation>&amp;وقف التحديث</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>&amp;وسم كمقروء/غير مقروء</translation>
    </message>
    <message>
        <source>&amp;Save/Unsave</source>
        <translation>حفظ/&amp;إلغاء الحفظ</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>نسخ &amp;رابط الخبر</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>فتح &amp;الأصل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خرو&amp;ج</translation>
    </message>
    <message>
        <source>&amp;About Khulasa</source>
        <translation>حو&amp;ل خلاصة</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions (OPML)…</source>
        <translation>استيرا&amp;د الاشتراكات (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions (OPML)…</source>
        <translation>تصدير &amp;الاشتراكات (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;الخبر التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;الخبر السابق</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>&amp;الخبر غير المقروء التالي</translation>
    </message>
    <message>
        <source>Previous U&amp;nread Article</source>
        <translation>&amp;الخبر غير المقروء السابق</translation>
    </message>
    <message>
        <source>Page Down, Then Next Article</source>
        <translation>صفحة للأسفل، ثم الخبر التالي</translation>
    </message>
    <message>
        <source>Back to &amp;Top</source>
        <translation>&amp;العودة إلى الأعلى</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>تكبير &amp;العرض</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>تصغير &amp;العرض</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;الحجم الفعلي</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>طباعة &amp;الخبر…</translation>
    </message>
    <message>
        <source>Export Article to P&amp;DF…</source>
        <translation>تصدير &amp;الخبر إلى PDF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>مشا&amp;ركة</translation>
    </message>
    <message>
        <source>&amp;Find Articles…</source>
        <translation>&amp;ابحث في الأخبار…</translation>
    </message>
    <message>
        <source>Show &amp;Other Sources of This Story</source>
        <translation>&amp;إظهار المصادر الأخرى لهذا الخبر</translation>
    </message>
    <message>
        <source>&amp;Group Same Story</source>
        <translation>&amp;دمج تغطيات الخبر الواحد</translation>
    </message>
</context>
<context>
    <name>OpmlDocument</name>
    <message>
        <source>The OPML file is larger than %1 MB.</source>
        <translation>حجم ملف OPML يتجاوز %L1 ميغابايت.</translation>
    </message>
    <message>
        <source>The OPML file declares entities, which are not accepted.</source>
        <translation>يعرّف ملف OPML كيانات (entities)، وهذا غير مقبول.</translation>
    </message>
    <message>
        <source>This is not an OPML file (its root element is &lt;%1&gt;).</source>
        <translation>هذا ليس ملف OPML (عنصره الجذر هو &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The OPML file nests folders too deeply.</source>
        <translation>يتداخل في ملف OPML عدد كبير جدًا من مستويات المجلدات.</translation>
    </message>
    <message>
        <source>The OPML file lists more than %1 feeds.</source>
        <translation>يسرد ملف OPML أكثر من %L1 مصدر.</translation>
    </message>
    <message>
        <source>The OPML file cannot be read: %1 (line %2).</source>
        <translation>تتعذّر قراءة ملف OPML: %1 (السطر %L2).</translation>
    </message>
    <message>
        <source>This is not an OPML file.</source>
        <translation>هذا ليس ملف OPML.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>تعذّر إنشاء مجلد الملف الشخصي %1</translation>
    </message>
</context>
<context>
    <name>QrCodeDialog</name>
    <message>
        <source>Scan the Code</source>
        <translation>امسح الرمز</translation>
    </message>
    <message>
        <source>Scan this code with your phone's camera to open the article there.</source>
        <translation>امسح هذا الرمز بكاميرا هاتفك لتفتح الخبر عليه.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>رمز الاستجابة السريعة لـ %1</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>نسخ &amp;الصورة</translation>
    </message>
    <message>
        <source>&amp;Save Image…</source>
        <translation>حفظ &amp;الصورة…</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>حفظ الصورة</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور ‏(*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
<context>
    <name>QrPng</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ReadingNavigator</name>
    <message>
        <source>Article exported to %1</source>
        <translation>صُدِّر الخبر إلى %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>Article &amp;Theme</source>
        <translation>سمة &amp;الخبر</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;اتباع النظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>&amp;ورقي</translation>
    </message>
    <message>
        <source>Article &amp;Font…</source>
        <translation>خط &amp;الخبر…</translation>
    </message>
    <message>
        <source>&amp;Justify Paragraphs</source>
        <translation>ضبط &amp;الفقرات</translation>
    </message>
    <message>
        <source>&amp;Images in Articles</source>
        <translation>&amp;الصور في الأخبار</translation>
    </message>
    <message>
        <source>&amp;Always Load</source>
        <translation>&amp;التحميل دائماً</translation>
    </message>
    <message>
        <source>&amp;Never Load</source>
        <translation>عدم &amp;التحميل أبداً</translation>
    </message>
    <message>
        <source>Load for Chosen &amp;Feeds Only</source>
        <translation>التحميل للمصادر &amp;المختارة فقط</translation>
    </message>
    <message>
        <source>Load Images for &amp;This Feed</source>
        <translation>تحميل &amp;الصور لهذا المصدر</translation>
    </message>
    <message>
        <source>&amp;Mark Articles as Read</source>
        <translation>&amp;وسم الأخبار كمقروءة</translation>
    </message>
    <message>
        <source>When &amp;Opened</source>
        <translation>عند &amp;الفتح</translation>
    </message>
    <message numerus="yes">
        <source>After %n Second(s)</source>
        <translation>
            <numerusform>دون انتظار</numerusform>
            <numerusform>بعد ثانية واحدة</numerusform>
            <numerusform>بعد ثانيتين</numerusform>
            <numerusform>بعد %Ln ثوانٍ</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>No more unread articles</source>
        <translation>لا مزيد من الأخبار غير المقروءة</translation>
    </message>
    <message>
        <source>article</source>
        <translation>خبر</translation>
    </message>
    <message>
        <source>Export Article to PDF</source>
        <translation>تصدير الخبر إلى PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Article Font</source>
        <translation>خط الخبر</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Cannot purge old articles: %1</source>
        <translation>تعذّر حذف الأخبار القديمة: %1</translation>
    </message>
</context>
<context>
    <name>SavedArticleController</name>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>تصدير كصفحة &amp;ويب…</translation>
    </message>
    <message>
        <source>Write the article as one HTML file with its saved images inside</source>
        <translation>اكتب الخبر في ملف صفحة ويب واحد يضمّ صوره المحفوظة</translation>
    </message>
    <message>
        <source>Keeping the article's images for reading offline…</source>
        <translation>تُحفظ صور الخبر لقراءته دون اتصال…</translation>
    </message>
    <message>
        <source>Some of the article's saved images could not be removed.</source>
        <translation>تعذّر حذف بعض صور الخبر المحفوظة.</translation>
    </message>
    <message>
        <source>Saved, but its images were not kept: %1</source>
        <translation>حُفظ الخبر، لكن صوره لم تُحفظ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved for reading offline with %n image(s) (%1).</source>
        <translation>
            <numerusform>حُفظ الخبر لقراءته دون اتصال، بلا صور (%1).</numerusform>
            <numerusform>حُفظ الخبر لقراءته دون اتصال مع صورة واحدة (%1).</numerusform>
            <numerusform>حُفظ الخبر لقراءته دون اتصال مع صورتين (%1).</numerusform>
            <numerusform>حُفظ الخبر لقراءته دون اتصال مع %n صور (%1).</numerusform>
            <numerusform>حُفظ الخبر لقراءته دون اتصال مع %n صورة (%1).</numerusform>
            <numerusform>حُفظ الخبر لقراءته دون اتصال مع %n صورة (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n image(s) could not be kept (retried later): %1</source>
        <translation>
            <numerusform>حُفظ الخبر، ولم تتعذّر أي صورة: %1</numerusform>
            <numerusform>حُفظ الخبر، لكن تعذّر حفظ صورة واحدة (ستُعاد المحاولة لاحقًا): %1</numerusform>
            <numerusform>حُفظ الخبر، لكن تعذّر حفظ صورتين (ستُعاد المحاولة لاحقًا): %1</numerusform>
            <numerusform>حُفظ الخبر، لكن تعذّر حفظ %n صور (ستُعاد المحاولة لاحقًا): %1</numerusform>
            <numerusform>حُفظ الخبر، لكن تعذّر حفظ %n صورة (ستُعاد المحاولة لاحقًا): %1</numerusform>
            <numerusform>حُفظ الخبر، لكن تعذّر حفظ %n صورة (ستُعاد المحاولة لاحقًا): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Article as HTML</source>
        <translation>تصدير الخبر كصفحة ويب</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>صفحات ويب (*.html *.htm)</translation>
    </message>
    <message>
        <source>Article exported to %1</source>
        <translation>صُدّر الخبر إلى %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>SavedImageFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>تعذّر إنشاء المجلد</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>اكتب كلمة للبحث عنها (حروفًا أو أرقامًا).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Article &amp;theme:</source>
        <translation>&amp;ألوان المقال:</translation>
    </message>
    <message>
        <source>Article &amp;font:</source>
        <translation>&amp;الخط في المقالات:</translation>
    </message>
    <message>
        <source>&amp;Built-in Arabic and Latin fonts</source>
        <translation>&amp;استخدام الخطوط المدمجة للعربية واللاتينية</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;الحجم:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs</source>
        <translation>&amp;اضبط الفقرات على الجانبين</translation>
    </message>
    <message>
        <source>List &amp;density:</source>
        <translation>&amp;ارتفاع صفوف القوائم:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;إبقاء البرنامج في علبة النظام عند إغلاق النافذة</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>&amp;Mark articles as read:</source>
        <translation>&amp;اعتبار المقال مقروءًا:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>عند فتحه</translation>
    </message>
    <message>
        <source>&amp;Images in articles:</source>
        <translation>&amp;الصور في المقالات:</translation>
    </message>
    <message>
        <source>Text &amp;direction of feeds set to automatic:</source>
        <translation>&amp;اتجاه النص للمصادر المضبوطة على «تلقائي»:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <source>Refresh feeds &amp;every:</source>
        <translation>&amp;دورة تحديث المصادر:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Refresh all feeds when Khulasa &amp;starts</source>
        <translation>&amp;ابدأ بتحديث كل المصادر عند تشغيل خلاصة</translation>
    </message>
    <message>
        <source>Downloads at &amp;once:</source>
        <translation>&amp;التنزيلات المتزامنة:</translation>
    </message>
    <message>
        <source>Downloads from one &amp;site at once:</source>
        <translation>التنزيلات المتزامنة من موقع &amp;واحد:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>التخزين</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>الذاكرة المؤقتة:</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>&amp;إفراغ الذاكرة المؤقتة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>لغة &amp;الواجهة:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Feeds with a &amp;login:</source>
        <translation>مصادر تتطلب &amp;اسم دخول:</translation>
    </message>
    <message>
        <source>&amp;Forget Password</source>
        <translation>&amp;احذف كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>بني دافئ</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>مريح</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>مضغوط</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>التحميل دائمًا</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>عدم التحميل أبدًا</translation>
    </message>
    <message>
        <source>Load for chosen feeds only</source>
        <translation>التحميل للمصادر المختارة فقط</translation>
    </message>
    <message>
        <source>From the text of each article</source>
        <translation>من نص كل مقال</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language at once.</source>
        <translation>يُعاد بناء النافذة باللغة المختارة فورًا.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>جارٍ القياس…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>إفراغ الذاكرة المؤقتة</translation>
    </message>
    <message>
        <source>Remove the downloaded feed icons and other cached copies? Saved articles and their images are kept.</source>
        <translation>حذف أيقونات المصادر التي نُزّلت وبقية النسخ المخزّنة مؤقتًا؟ تبقى المقالات المحفوظة وصورها.</translation>
    </message>
    <message>
        <source>This build of Khulasa has no keychain support; feed passwords cannot be kept.</source>
        <translation>هذه النسخة من خلاصة لا تدعم سلسلة المفاتيح، فلا يمكن حفظ كلمات مرور المصادر.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>جارٍ فحص سلسلة مفاتيح النظام…</translation>
    </message>
    <message>
        <source>Passwords and account tokens are kept in the system keychain.</source>
        <translation>تُحفظ كلمات المرور ورموز الحسابات في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Feeds that need a password cannot be refreshed.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة: %1. لا يمكن تحديث المصادر التي تتطلب كلمة مرور.</translation>
    </message>
    <message>
        <source>No feed asks for a login.</source>
        <translation>لا يطلب أي مصدر تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>حذف كلمة المرور</translation>
    </message>
    <message>
        <source>%1 (user: %2)</source>
        <translation>%1 (المستخدم: %2)</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits in the Arabic interface</source>
        <translation>&amp;الأرقام الهندية (١٢٣) في الواجهة العربية</translation>
    </message>
    <message>
        <source>Keep &amp;read articles for:</source>
        <translation>&amp;الاحتفاظ بالمقالات المقروءة مدة:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Keep &amp;unread articles for:</source>
        <translation>الاحتفاظ بالمقالات غير &amp;المقروءة مدة:</translation>
    </message>
    <message>
        <source>Saved articles and the newest 20 of each feed are always kept.</source>
        <translation>تبقى دائمًا المقالات المحفوظة وأحدث ٢٠ مقالًا في كل مصدر.</translation>
    </message>
    <message>
        <source>&amp;Group reports of the same story from several sources into one row</source>
        <translation>&amp;دمج تغطيات الخبر الواحد من عدة مصادر في سطر واحد</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>S&amp;hare</source>
        <translation>مشا&amp;ركة</translation>
    </message>
    <message>
        <source>Copy &amp;Title and Link</source>
        <translation>نسخ العنوان و&amp;الرابط</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>&amp;رمز الاستجابة السريعة…</translation>
    </message>
    <message>
        <source>By &amp;E-mail…</source>
        <translation>عبر &amp;البريد الإلكتروني…</translation>
    </message>
    <message>
        <source>On &amp;WhatsApp…</source>
        <translation>عبر &amp;واتساب…</translation>
    </message>
    <message>
        <source>On Tele&amp;gram…</source>
        <translation>عبر تيليجرا&amp;م…</translation>
    </message>
    <message>
        <source>On &amp;X…</source>
        <translation>عبر &amp;إكس…</translation>
    </message>
    <message>
        <source>Title and link copied</source>
        <translation>نُسخ العنوان والرابط</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 links.</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح روابط %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Single keys work while the article list or the article has the focus.</source>
        <translation>انقر اختصاراً ثم اضغط المفاتيح الجديدة. تعمل المفاتيح المفردة حين يكون التركيز على قائمة الأخبار أو على الخبر.</translation>
    </message>
</context>
<context>
    <name>StandaloneArticle</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Original article</source>
        <translation>الخبر الأصلي</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>يجب أن يكون للمجلد اسم.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>«%1» ليس عنوان ويب (يجب أن يبدأ بـ http:// أو https://).</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>أنت مشترك بالفعل في %1.</translation>
    </message>
    <message>
        <source>Cannot add the feed: %1</source>
        <translation>تعذّرت إضافة المصدر: %1</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>تعذّر حفظ الأخبار: %1</translation>
    </message>
    <message>
        <source>There is already an account for %1 on %2 (id %3).</source>
        <translation>يوجد حساب لـ %1 على %2 من قبل (رقمه %3).</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>تعذّرت إضافة الحساب: %1</translation>
    </message>
    <message>
        <source>Cannot add the feed %1: %2</source>
        <translation>تعذّرت إضافة المصدر %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the server's read and starred state: %1</source>
        <translation>تعذّر حفظ حالة القراءة والتمييز التي لدى الخادم: %1</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>تعذّر حفظ وسيلة التواصل: %1</translation>
    </message>
    <message>
        <source>Cannot save the contacts: %1</source>
        <translation>تعذّر حفظ وسائل التواصل: %1</translation>
    </message>
    <message>
        <source>The contact is empty.</source>
        <translation>وسيلة التواصل فارغة.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>لم تعد وسيلة التواصل هذه موجودة.</translation>
    </message>
    <message>
        <source>Cannot record the chat: %1</source>
        <translation>تعذّر تسجيل المحادثة: %1</translation>
    </message>
    <message>
        <source>Cannot start writing the story index: %1</source>
        <translation>تعذّر بدء كتابة فهرس القصص: %1</translation>
    </message>
    <message>
        <source>Cannot write the story index: %1</source>
        <translation>تعذّرت كتابة فهرس القصص: %1</translation>
    </message>
    <message>
        <source>Cannot record the saved copy: %1</source>
        <translation>تعذّر تسجيل النسخة المحفوظة: %1</translation>
    </message>
</context>
<context>
    <name>StoryClusterProxy</name>
    <message numerus="yes">
        <source>+%n source(s)</source>
        <translation>
            <numerusform>+%n مصدر</numerusform>
            <numerusform>+مصدر واحد</numerusform>
            <numerusform>+مصدران</numerusform>
            <numerusform>+%n مصادر</numerusform>
            <numerusform>+%n مصدرًا</numerusform>
            <numerusform>+%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same story from %n other source(s). Click the badge to show them.</source>
        <translation>
            <numerusform>الخبر نفسه من %n مصدر آخر. انقر على الشارة لعرضها.</numerusform>
            <numerusform>الخبر نفسه من مصدر آخر. انقر على الشارة لعرضه.</numerusform>
            <numerusform>الخبر نفسه من مصدرين آخرين. انقر على الشارة لعرضهما.</numerusform>
            <numerusform>الخبر نفسه من %n مصادر أخرى. انقر على الشارة لعرضها.</numerusform>
            <numerusform>الخبر نفسه من %n مصدرًا آخر. انقر على الشارة لعرضها.</numerusform>
            <numerusform>الخبر نفسه من %n مصدر آخر. انقر على الشارة لعرضها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Subscriber</name>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>«%1» ليس عنوان ويب (يجب أن يبدأ بـ http:// أو https://).</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>أنت مشترك بالفعل في %1.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>تعذّرت إضافة %1: %2</translation>
    </message>
    <message>
        <source>No feed found at %1: %2</source>
        <translation>لم يُعثر على مصدر في %1: %2</translation>
    </message>
    <message>
        <source>No feed found at %1: the page does not advertise one.</source>
        <translation>لم يُعثر على مصدر في %1: الصفحة لا تعلن عن أي مصدر.</translation>
    </message>
</context>
<context>
    <name>SummarySidebar</name>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>أهم ما ورد في الخبر</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Originally published at:</source>
        <translation>نُشر أصلًا في:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Hijri date:</source>
        <translation>التاريخ الهجري:</translation>
    </message>
    <message>
        <source>Reading time:</source>
        <translation>مدة القراءة:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Hijri Date</source>
        <translation>&amp;إظهار التاريخ الهجري</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>الكاتب:</translation>
    </message>
    <message>
        <source>Same story elsewhere</source>
        <translation>القصة نفسها في مصادر أخرى</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>أخبار ذات صلة</translation>
    </message>
    <message>
        <source>Finding the key points…</source>
        <translation>جارٍ استخراج أهم ما ورد في الخبر…</translation>
    </message>
    <message>
        <source>Looking for other reports…</source>
        <translation>جارٍ البحث عن تغطيات أخرى…</translation>
    </message>
    <message>
        <source>This article is too short for key points.</source>
        <translation>هذا الخبر أقصر من أن تُستخرج منه نقاط رئيسية.</translation>
    </message>
    <message>
        <source>No other report of this story yet.</source>
        <translation>لا توجد تغطية أخرى لهذه القصة حتى الآن.</translation>
    </message>
    <message>
        <source>No related articles yet.</source>
        <translation>لا توجد أخبار ذات صلة حتى الآن.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;زامِن</translation>
    </message>
    <message>
        <source>Sync with your accounts (FreshRSS, Miniflux, Inoreader …)</source>
        <translation>زامِن مع حساباتك (فرِش آر إس إس، مينيفلَكس، إينوريدر…)</translation>
    </message>
    <message>
        <source>Sync A&amp;ccounts…</source>
        <translation>حسابا&amp;ت المزامنة…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new article(s).</source>
        <translation>
            <numerusform>زُومن %1: لا أخبار جديدة.</numerusform>
            <numerusform>زُومن %1: خبر جديد واحد.</numerusform>
            <numerusform>زُومن %1: خبران جديدان.</numerusform>
            <numerusform>زُومن %1: %n أخبار جديدة.</numerusform>
            <numerusform>زُومن %1: %n خبرًا جديدًا.</numerusform>
            <numerusform>زُومن %1: %n خبر جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>فشلت مزامنة %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The account needs a user name.</source>
        <translation>يحتاج الحساب إلى اسم مستخدم.</translation>
    </message>
    <message>
        <source>The account needs a password.</source>
        <translation>يحتاج الحساب إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the password.</source>
        <translation>لا تتوفر سلسلة مفاتيح في النظام لحفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>There is already an account for %1 on %2 (id %3).</source>
        <translation>يوجد حساب لـ %1 على %2 من قبل (رقمه %3).</translation>
    </message>
    <message>
        <source>There is no account with id %1 (see account list).</source>
        <translation>لا يوجد حساب رقمه %1 (انظر account list).</translation>
    </message>
    <message>
        <source>Cannot remove the account %1.</source>
        <translation>تعذّر حذف الحساب %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they stay queued and are tried again later.</source>
        <translation>
            <numerusform>لم يرفض الخادم أي تغيير.</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا؛ يبقى في الطابور ويُعاد إرساله لاحقًا.</numerusform>
            <numerusform>رفض الخادم تغييرين؛ يبقيان في الطابور ويُعاد إرسالهما لاحقًا.</numerusform>
            <numerusform>رفض الخادم %n تغييرات؛ تبقى في الطابور ويُعاد إرسالها لاحقًا.</numerusform>
            <numerusform>رفض الخادم %n تغييرًا؛ تبقى في الطابور ويُعاد إرسالها لاحقًا.</numerusform>
            <numerusform>رفض الخادم %n تغيير؛ تبقى في الطابور ويُعاد إرسالها لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted because Khulasa is closing; it goes on next time.</source>
        <translation>انقطعت المزامنة لأن خلاصة تُغلَق؛ ستُستكمل في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Khulasa</source>
        <translation>إظهار خلاصة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%Ln أخرى</numerusform>
            <numerusform>ومصدر آخر</numerusform>
            <numerusform>ومصدران آخران</numerusform>
            <numerusform>و%Ln مصادر أخرى</numerusform>
            <numerusform>و%Ln مصدراً آخر</numerusform>
            <numerusform>و%Ln مصدر آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) in %1</source>
        <translation>
            <numerusform>لا أخبار جديدة في %1</numerusform>
            <numerusform>خبر جديد واحد في %1</numerusform>
            <numerusform>خبران جديدان في %1</numerusform>
            <numerusform>%Ln أخبار جديدة في %1</numerusform>
            <numerusform>%Ln خبراً جديداً في %1</numerusform>
            <numerusform>%Ln خبر جديد في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khulasa: %n unread</source>
        <translation>
            <numerusform>خلاصة: لا أخبار غير مقروءة</numerusform>
            <numerusform>خلاصة: خبر واحد غير مقروء</numerusform>
            <numerusform>خلاصة: خبران غير مقروءين</numerusform>
            <numerusform>خلاصة: %Ln أخبار غير مقروءة</numerusform>
            <numerusform>خلاصة: %Ln خبراً غير مقروء</numerusform>
            <numerusform>خلاصة: %Ln خبر غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>أخبار جديدة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Khulasa cannot open its database</source>
        <translation>تعذّر على خلاصة فتح قاعدة بياناتها</translation>
    </message>
    <message>
        <source>--entry and --width take numbers; --theme takes light, dark or sepia.</source>
        <translation>الخياران ‎--entry‎ و‎--width‎ يأخذان أرقاماً، والخيار ‎--theme‎ يأخذ light أو dark أو sepia.</translation>
    </message>
</context>
</TS>