#include "dialogs/settingsdialog.h"

#include "ui_settingsdialog.h"

#include "profile/cachefolder.h"
#include "profile/settings.h"
#include "secrets/credentialstore.h"
#include "store/store.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>

namespace {
// Sub-folders of the cache that hold the reader's own data rather than re-downloadable copies.
const QStringList kKeptCacheFolders{QStringLiteral("saved")};
// Key under which nothing is ever stored: asking for it tells whether a keychain answers at all.
const QString kKeychainProbeKey = QStringLiteral("khulasa-keychain-probe");

void selectData(QComboBox *combo, const QVariant &value) { combo->setCurrentIndex(qMax(0, combo->findData(value))); }

QString imagesPolicyName(Settings::ImagesPolicy policy)
{
    switch (policy) {
    case Settings::ImagesPolicy::Never: return QStringLiteral("never");
    case Settings::ImagesPolicy::PerFeed: return QStringLiteral("per-feed");
    case Settings::ImagesPolicy::Always: break;
    }
    return QStringLiteral("always");
}
} // namespace

SettingsDialog::SettingsDialog(Settings &settings, Store &store, CredentialStore *credentials, const QString &cacheFolder,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings), m_store(store),
      m_credentials(credentials), m_cacheFolder(cacheFolder)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    fillChoices();
    loadValues();
    connectControls();
    updateCacheSize();
    probeKeychain();
    listLogins();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page) { m_ui->pages->setCurrentIndex(int(page)); }

void SettingsDialog::fillChoices()
{
    m_ui->themeCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->themeCombo->addItem(tr("Sepia"), QStringLiteral("sepia"));
    m_ui->densityCombo->addItem(tr("Comfortable"), QStringLiteral("comfortable"));
    m_ui->densityCombo->addItem(tr("Compact"), QStringLiteral("compact"));
    m_ui->imagesCombo->addItem(tr("Always load"), QStringLiteral("always"));
    m_ui->imagesCombo->addItem(tr("Never load"), QStringLiteral("never"));
    m_ui->imagesCombo->addItem(tr("Load for chosen feeds only"), QStringLiteral("per-feed"));
    m_ui->directionCombo->addItem(tr("From the text of each article"), QStringLiteral("auto"));
    m_ui->directionCombo->addItem(tr("Right to left"), QStringLiteral("rtl"));
    m_ui->directionCombo->addItem(tr("Left to right"), QStringLiteral("ltr"));
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    // Each language is named in its own script, so that someone who cannot read the current UI finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageNote->setText(tr("The window is rebuilt in the chosen language at once."));
}

void SettingsDialog::loadValues()
{
    selectData(m_ui->themeCombo, m_settings.readerTheme());
    const QString family = m_settings.readerFontFamily();
    m_ui->builtinFontCheck->setChecked(family.isEmpty());
    m_ui->fontCombo->setEnabled(!family.isEmpty());
    if (!family.isEmpty())
        m_ui->fontCombo->setCurrentFont(QFont(family));
    m_ui->fontSizeSpin->setValue(m_settings.readerFontSize());
    m_ui->justifyCheck->setChecked(m_settings.readerJustify());
    selectData(m_ui->densityCombo, m_settings.listDensity());
    m_ui->groupStoriesCheck->setChecked(m_settings.groupSameStory());
    m_ui->closeToTrayCheck->setChecked(m_settings.closeToTray());
    m_ui->markReadSpin->setValue(m_settings.markReadDelaySeconds());
    selectData(m_ui->imagesCombo, imagesPolicyName(m_settings.imagesPolicy()));
    selectData(m_ui->directionCombo, m_settings.defaultDirection());
    m_ui->intervalSpin->setValue(m_settings.refreshIntervalMinutes());
    m_ui->refreshAtStartCheck->setChecked(m_settings.refreshAtStart());
    m_ui->concurrencySpin->setValue(m_settings.fetchConcurrency());
    m_ui->perHostSpin->setValue(m_settings.fetchPerHost());
    m_ui->databasePathEdit->setText(m_store.databasePath());
    m_ui->readRetentionSpin->setValue(m_settings.readRetentionDays());
    m_ui->unreadRetentionSpin->setValue(m_settings.unreadRetentionDays());
    selectData(m_ui->languageCombo, m_settings.language());
    m_ui->arabicDigitsCheck->setChecked(m_settings.arabicIndicDigits());
}

void SettingsDialog::saved()
{
    m_settings.sync(); // written now: a crash later must not take the user's choice with it
    Q_EMIT settingsChanged();
}

void SettingsDialog::connectControls()
{
    const auto onChoice = [this](QComboBox *combo, auto apply) {
        connect(combo, &QComboBox::activated, this, [this, combo, apply] {
            apply(combo->currentData().toString());
            saved();
        });
    };
    onChoice(m_ui->themeCombo, [this](const QString &v) { m_settings.setReaderTheme(v); });
    onChoice(m_ui->densityCombo, [this](const QString &v) { m_settings.setListDensity(v); });
    onChoice(m_ui->directionCombo, [this](const QString &v) { m_settings.setDefaultDirection(v); });
    onChoice(m_ui->imagesCombo, [this](const QString &v) {
        m_settings.setImagesPolicy(v == u"never"      ? Settings::ImagesPolicy::Never
                                   : v == u"per-feed" ? Settings::ImagesPolicy::PerFeed
                                                      : Settings::ImagesPolicy::Always);
    });
    connect(m_ui->languageCombo, &QComboBox::activated, this, [this] {
        const QString code = m_ui->languageCombo->currentData().toString();
        m_settings.setLanguage(code);
        m_settings.sync();
        Q_EMIT languageChosen(code);
    });

    connect(m_ui->arabicDigitsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setArabicIndicDigits(on);
        m_settings.sync();
        // Every number and date on screen changes: the window is rebuilt as for a new language.
        Q_EMIT languageChosen(m_settings.language());
    });

    const auto onNumber = [this](QSpinBox *spin, auto apply) {
        connect(spin, &QSpinBox::valueChanged, this, [this, apply](int value) {
            apply(value);
            saved();
        });
    };
    onNumber(m_ui->fontSizeSpin, [this](int v) { m_settings.setReaderFontSize(v); });
    onNumber(m_ui->markReadSpin, [this](int v) { m_settings.setMarkReadDelaySeconds(v); });
    onNumber(m_ui->intervalSpin, [this](int v) { m_settings.setRefreshIntervalMinutes(v); });
    onNumber(m_ui->concurrencySpin, [this](int v) { m_settings.setFetchConcurrency(v); });
    onNumber(m_ui->perHostSpin, [this](int v) { m_settings.setFetchPerHost(v); });
    onNumber(m_ui->readRetentionSpin, [this](int v) { m_settings.setReadRetentionDays(v); });
    onNumber(m_ui->unreadRetentionSpin, [this](int v) { m_settings.setUnreadRetentionDays(v); });

    const auto onToggle = [this](QCheckBox *check, auto apply) {
        connect(check, &QCheckBox::toggled, this, [this, apply](bool on) {
            apply(on);
            saved();
        });
    };
    onToggle(m_ui->justifyCheck, [this](bool on) { m_settings.setReaderJustify(on); });
    onToggle(m_ui->groupStoriesCheck, [this](bool on) { m_settings.setGroupSameStory(on); });
    onToggle(m_ui->closeToTrayCheck, [this](bool on) { m_settings.setCloseToTray(on); });
    onToggle(m_ui->refreshAtStartCheck, [this](bool on) { m_settings.setRefreshAtStart(on); });
    onToggle(m_ui->builtinFontCheck, [this](bool builtin) {
        m_ui->fontCombo->setEnabled(!builtin);
        m_settings.setReaderFontFamily(builtin ? QString() : m_ui->fontCombo->currentFont().family());
    });
    connect(m_ui->fontCombo, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        if (m_ui->builtinFontCheck->isChecked())
            return;
        m_settings.setReaderFontFamily(font.family());
        saved();
    });

    connect(m_ui->clearCacheButton, &QPushButton::clicked, this, &SettingsDialog::clearCache);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &SettingsDialog::forgetSelectedLogin);
    connect(m_ui->loginsList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->forgetButton->setEnabled(row >= 0 && m_credentials); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::updateCacheSize()
{
    m_ui->cacheSizeEdit->setText(tr("Measuring…"));
    QPointer<SettingsDialog> self(this);
    const QString folder = m_cacheFolder;
    // A cache of many small files takes a while to walk: measure on a thread of its own.
    QThread *worker = QThread::create([self, folder] {
        const qint64 bytes = CacheFolder::sizeInBytes(folder);
        QMetaObject::invokeMethod(qApp, [self, bytes] {
            if (self)
                self->m_ui->cacheSizeEdit->setText(QLocale().formattedDataSize(bytes));
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SettingsDialog::clearCache()
{
    const auto answer = QMessageBox::question(
        this, tr("Clear Cache"),
        tr("Remove the downloaded feed icons and other cached copies? Saved articles and their images are kept."));
    if (answer != QMessageBox::Yes)
        return;
    const Status cleared = CacheFolder::clear(m_cacheFolder, kKeptCacheFolders);
    m_store.clearFeedIcons();
    if (!cleared)
        QMessageBox::warning(this, tr("Clear Cache"), cleared.error());
    Q_EMIT cacheCleared();
    updateCacheSize();
}

void SettingsDialog::probeKeychain()
{
    if (!m_credentials) {
        m_ui->keychainStatusLabel->setText(tr("This build of Khulasa has no keychain support; feed passwords cannot be kept."));
        return;
    }
    m_ui->keychainStatusLabel->setText(tr("Checking the system keychain…"));
    QPointer<SettingsDialog> self(this);
    m_credentials->retrieve(kKeychainProbeKey, [self](const CredentialResult &result) {
        if (!self)
            return;
        const bool available = result.ok() || result.error == CredentialError::NotFound;
        self->m_ui->keychainStatusLabel->setText(
            available ? tr("Passwords and account tokens are kept in the system keychain.")
                      : tr("The system keychain is not available: %1. Feeds that need a password cannot be refreshed.")
                            .arg(result.message));
    });
}

void SettingsDialog::listLogins()
{
    m_ui->loginsList->clear();
    for (const Feed &feed : m_store.feeds()) {
        if (feed.authUser.isEmpty())
            continue;
        auto *item = new QListWidgetItem(tr("%1 (user: %2)").arg(feed.title.isEmpty() ? feed.url : feed.title, feed.authUser),
                                         m_ui->loginsList);
        item->setData(Qt::UserRole, feed.id);
    }
    if (m_ui->loginsList->count() == 0)
        (new QListWidgetItem(tr("No feed asks for a login."), m_ui->loginsList))->setFlags(Qt::NoItemFlags);
    m_ui->forgetButton->setEnabled(false);
}

void SettingsDialog::forgetSelectedLogin()
{
    QListWidgetItem *item = m_ui->loginsList->currentItem();
    const auto feed = item ? m_store.feed(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
    if (!feed || !m_credentials)
        return;
    QPointer<SettingsDialog> self(this);
    m_credentials->remove(CredentialStore::keyFor(feed->url, feed->authUser), [self, feedId = feed->id](const CredentialResult &r) {
        if (!self)
            return;
        if (!r.ok() && r.error != CredentialError::NotFound) {
            QMessageBox::warning(self, tr("Forget Password"), r.message);
            return;
        }
        self->m_store.setFeedCredentialsUser(feedId, QString());
        self->listLogins();
    });
}
