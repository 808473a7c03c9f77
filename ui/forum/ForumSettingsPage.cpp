// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forum/ForumSettingsPage.h"

#include "ui/document/ForumDocument.h"
#include "ui/commands/Commands.h"
#include "core/forum/ForumClock.h"
#include "core/forum/Vocabulary.h"
#include "core/storage/Table.h"
#include "ui/widgets/CommittingTextEdit.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/Colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace forumdesk {

namespace {

QComboBox *vocabularyBox(Vocabulary::List list, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const QString &key : Vocabulary::keys(list))
        box->addItem(Vocabulary::label(list, key), key);
    return box;
}

void selectKey(QComboBox *box, const QString &key)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(qMax(0, box->findData(key)));
}

} // namespace

ForumSettingsPage::ForumSettingsPage(ForumDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *name = new QLineEdit(this);
    auto *scope = vocabularyBox(Vocabulary::List::Scope, this);
    auto *jurisdiction = new QLineEdit(this);
    jurisdiction->setPlaceholderText(tr("Country, province or city"));
    auto *language = vocabularyBox(Vocabulary::List::Language, this);
    language->setToolTip(tr("The language of the forum's documents (minutes, plans, reports)"));
    auto *timeZone = new QComboBox(this);
    timeZone->setEditable(true);
    timeZone->setInsertPolicy(QComboBox::NoInsert);
    timeZone->addItems(ForumClock::zoneIds());
    timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    timeZone->completer()->setFilterMode(Qt::MatchContains);
    auto *founded = new OptionalDateEdit(tr("Known"), m_document->today(), this);
    auto *terms = new CommittingTextEdit(this);
    terms->setPlaceholderText(tr("The forum's mandate, membership and how it works (or a link to them)"));
    auto *rules = new CommittingTextEdit(this);
    rules->setPlaceholderText(tr("How anyone can take part: calls, selection of members, meetings open to the public"));
    for (QPlainTextEdit *edit : {static_cast<QPlainTextEdit *>(terms), static_cast<QPlainTextEdit *>(rules)})
    {
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 9);
    }
    auto *decision = vocabularyBox(Vocabulary::List::DecisionRule, this);
    auto *quorum = new QSpinBox(this);
    quorum->setRange(1, 100);
    quorum->setSuffix(QStringLiteral(" %"));
    quorum->setToolTip(tr("Share of the voting members who must be present for the forum to decide"));
    auto *bothSectors = new QCheckBox(tr("Quorum needs government and civil society present"), this);
    auto *website = new QLineEdit(this);
    website->setPlaceholderText(QStringLiteral("https://"));
    auto *repository = new QLineEdit(this);
    repository->setPlaceholderText(QStringLiteral("https://"));
    auto *pocName = new QLineEdit(this);
    auto *pocEmail = new QLineEdit(this);
    pocEmail->setPlaceholderText(tr("name@example.org"));

    // How each editor shows and takes its field.
    const auto line = [this](const QString &column, QLineEdit *edit, QString Forum::*member) {
        addEditor(column, edit, [edit, member](const Forum &f) { showQuietly(edit, f.*member); },
                  [edit, member](Forum &f) { f.*member = edit->text().trimmed(); });
        connect(edit, &QLineEdit::editingFinished, this, [this, column] { commit(column); });
    };
    const auto text = [this](const QString &column, CommittingTextEdit *edit, QString Forum::*member) {
        addEditor(column, edit, [edit, member](const Forum &f) { showQuietly(edit, f.*member); },
                  [edit, member](Forum &f) { f.*member = edit->toPlainText().trimmed(); });
        connect(edit, &CommittingTextEdit::editingFinished, this, [this, column] { commit(column); });
    };
    const auto choice = [this](const QString &column, QComboBox *box, QString Forum::*member) {
        addEditor(column, box, [box, member](const Forum &f) { selectKey(box, f.*member); },
                  [box, member](Forum &f) { f.*member = box->currentData().toString(); });
        connect(box, &QComboBox::activated, this, [this, column] { commit(column); });
    };

    line(QStringLiteral("name"), name, &Forum::name);
    choice(QStringLiteral("scope"), scope, &Forum::scope);
    line(QStringLiteral("jurisdiction"), jurisdiction, &Forum::jurisdiction);
    choice(QStringLiteral("language"), language, &Forum::language);
    addEditor(QStringLiteral("time_zone"), timeZone,
              [timeZone](const Forum &f) {
                  const QSignalBlocker blocker(timeZone);
                  timeZone->setCurrentText(f.timeZone);
              },
              [timeZone](Forum &f) { f.timeZone = timeZone->currentText().trimmed(); });
    connect(timeZone, &QComboBox::activated, this, [this] { commit(QStringLiteral("time_zone")); });
    connect(timeZone->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("time_zone")); });
    // A forum left on UTC while its secretariat's computer keeps local time sends invitations
    // at the wrong hour: say so under the field, with the way out.
    m_zoneNotice = new QFrame(this);
    m_zoneNotice->setObjectName(QStringLiteral("zoneNotice"));
    m_zoneNotice->setStyleSheet(colours::noticeStyle(m_zoneNotice->objectName()));
    m_zoneNoticeText = new QLabel(m_zoneNotice);
    m_zoneNoticeText->setWordWrap(true);
    m_zoneNoticeText->setTextFormat(Qt::PlainText);
    m_useComputerZone = new QPushButton(m_zoneNotice);
    m_useComputerZone->setObjectName(QStringLiteral("useComputerZone"));
    auto *noticeLayout = new QHBoxLayout(m_zoneNotice);
    noticeLayout->setContentsMargins(8, 6, 8, 6);
    noticeLayout->addWidget(m_zoneNoticeText, 1);
    noticeLayout->addWidget(m_useComputerZone, 0, Qt::AlignVCenter);
    m_zoneNotice->hide();
    connect(m_useComputerZone, &QPushButton::clicked, this, [this, timeZone] {
        timeZone->setCurrentText(ForumClock::computerZone());
        commit(QStringLiteral("time_zone"));
    });
    addEditor(QStringLiteral("founded_on"), founded, [founded](const Forum &f) { founded->setDate(f.foundedOn); },
              [founded](Forum &f) { f.foundedOn = founded->date(); });
    connect(founded, &OptionalDateEdit::editingFinished, this, [this] { commit(QStringLiteral("founded_on")); });
    text(QStringLiteral("terms_of_reference"), terms, &Forum::termsOfReference);
    text(QStringLiteral("participation_rules"), rules, &Forum::participationRules);
    choice(QStringLiteral("decision_rule"), decision, &Forum::decisionRule);
    addEditor(QStringLiteral("quorum_percent"), quorum,
              [quorum](const Forum &f) {
                  const QSignalBlocker blocker(quorum);
                  quorum->setValue(f.quorumPercent);
              },
              [quorum](Forum &f) { f.quorumPercent = quorum->value(); });
    connect(quorum, &QSpinBox::editingFinished, this, [this] { commit(QStringLiteral("quorum_percent")); });
    addEditor(QStringLiteral("quorum_both_sectors"), bothSectors,
              [bothSectors](const Forum &f) {
                  const QSignalBlocker blocker(bothSectors);
                  bothSectors->setChecked(f.quorumBothSectors);
              },
              [bothSectors](Forum &f) { f.quorumBothSectors = bothSectors->isChecked(); });
    connect(bothSectors, &QCheckBox::toggled, this, [this] { commit(QStringLiteral("quorum_both_sectors")); });
    line(QStringLiteral("website"), website, &Forum::website);
    line(QStringLiteral("repository_url"), repository, &Forum::repositoryUrl);
    line(QStringLiteral("poc_name"), pocName, &Forum::pocName);
    line(QStringLiteral("poc_email"), pocEmail, &Forum::pocEmail);

    // Layout: three groups a secretariat recognises.
    const auto group = [this](const QString &title, const QStringList &columns) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        for (const QString &column : columns) {
            QWidget *field = row(column);
            if (column == QLatin1String("quorum_both_sectors"))
                form->addRow(QString(), field);
            else
                form->addRow(tr("%1:").arg(fieldLabel<Forum>(column)), field);
        }
        return box;
    };
    auto *content = new QWidget(this);
    auto *columns = new QVBoxLayout(content);
    auto *title = pageTitle(tr("Forum Settings"), content);
    auto *hint = new QLabel(document->isReadOnly()
                                ? tr("This forum is open read-only: the settings are shown, not changed.")
                                : tr("Each change is saved when you leave the field. Undo it with Edit ▸ Undo."),
                            content);
    hint->setWordWrap(true);
    columns->addWidget(title);
    columns->addWidget(hint);
    columns->addWidget(group(tr("The forum"), {QStringLiteral("name"), QStringLiteral("scope"),
                                               QStringLiteral("jurisdiction"), QStringLiteral("language"),
                                               QStringLiteral("time_zone"), QStringLiteral("founded_on")}));
    columns->addWidget(group(tr("How it works"),
                             {QStringLiteral("terms_of_reference"), QStringLiteral("participation_rules"),
                              QStringLiteral("decision_rule"), QStringLiteral("quorum_percent"),
                              QStringLiteral("quorum_both_sectors")}));
    columns->addWidget(group(tr("Public information"),
                             {QStringLiteral("website"), QStringLiteral("repository_url"),
                              QStringLiteral("poc_name"), QStringLiteral("poc_email")}));
    columns->addStretch();
    content->setMaximumWidth(900);

    fillWithScrolling(this, content);

    for (const Editor &editor : std::as_const(m_editors))
        editor.widget->setEnabled(!document->isReadOnly());
    connect(document, &ForumDocument::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(RecordKind::Forum))
            reload();
    });
    reload();
}

void ForumSettingsPage::addEditor(const QString &column, QWidget *widget, std::function<void(const Forum &)> show,
                                  std::function<void(Forum &)> take)
{
    widget->setObjectName(column);
    Editor editor;
    editor.widget = widget;
    editor.message = new FieldMessage(this);
    editor.show = std::move(show);
    editor.take = std::move(take);
    m_editors.insert(column, editor);
    m_order << column;
}

QWidget *ForumSettingsPage::row(const QString &column) const
{
    const Editor &editor = m_editors[column];
    auto *holder = new QWidget(editor.widget->parentWidget());
    auto *box = new QVBoxLayout(holder);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor.widget);
    box->addWidget(editor.message);
    if (column == QLatin1String("time_zone"))
        box->addWidget(m_zoneNotice);
    return holder;
}

QWidget *ForumSettingsPage::editor(const QString &column) const
{
    return m_editors.value(column).widget;
}

QString ForumSettingsPage::messageFor(const QString &column) const
{
    const FieldMessage *message = m_editors.value(column).message;
    return message && !message->isHidden() ? message->text() : QString();
}

QString ForumSettingsPage::zoneNotice() const
{
    return m_zoneNotice->isHidden() ? QString() : m_zoneNoticeText->text();
}

void ForumSettingsPage::updateZoneNotice(const Forum &forum)
{
    const QString computer = ForumClock::computerZone();
    const bool show = ForumClock::isUtc(forum.timeZone) && !ForumClock::isUtc(computer);
    m_zoneNotice->setVisible(show);
    if (!show)
        return;
    const QTimeZone local(computer.toLatin1());
    const QDateTime tenUtc(m_document->today(), QTime(10, 0), QTimeZone::utc());
    m_zoneNoticeText->setText(
        tr("This forum keeps UTC time, but this computer is set to %1. Meeting times, notices and invitations "
           "use the forum's time zone: a meeting set for 10:00 reaches invitees' calendars at %2, %1 time.")
            .arg(computer, tenUtc.toTimeZone(local).time().toString(QStringLiteral("HH:mm"))));
    m_useComputerZone->setText(tr("&Use %1").arg(computer));
    m_useComputerZone->setVisible(!m_document->isReadOnly());
}

void ForumSettingsPage::reload()
{
    const Forum forum = m_document->forum();
    updateZoneNotice(forum);
    for (const QString &column : std::as_const(m_order)) {
        const Editor &editor = m_editors[column];
        // A field the user is still correcting keeps their text.
        if (!editor.message->isHidden())
            continue;
        editor.show(forum);
    }
}

QString ForumSettingsPage::extraCheck(const QString &column, const Forum &forum) const
{
    const auto webAddress = [](const QString &text) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty();
    };
    if (column == QLatin1String("website") && !forum.website.isEmpty() && !webAddress(forum.website))
        return tr("Write the full web address, starting with https:// (for example https://gobiernoabierto.example.org)");
    if (column == QLatin1String("repository_url") && !forum.repositoryUrl.isEmpty() && !webAddress(forum.repositoryUrl))
        return tr("Write the full web address, starting with https://");
    if (column == QLatin1String("poc_email") && !forum.pocEmail.isEmpty()
        && (!forum.pocEmail.contains(QLatin1Char('@')) || forum.pocEmail.contains(QLatin1Char(' '))))
        return tr("“%1” is not an e-mail address").arg(forum.pocEmail);
    // QTimeZone accepts some bare city names; the forum keeps only full IANA ids (America/Lima).
    if (column == QLatin1String("time_zone") && !ForumClock::isZoneId(forum.timeZone))
        return tr("“%1” is not a time zone; choose one from the list, such as America/Lima").arg(forum.timeZone);
    return QString();
}

void ForumSettingsPage::commit(const QString &column)
{
    if (m_document->isReadOnly() || !m_editors.contains(column))
        return;
    Editor &editor = m_editors[column];
    const Forum before = m_document->forum();
    Forum after = before;
    editor.take(after);
    // Nothing changed: only clear an old message (the user put the saved value back).
    QVariant was, now;
    for (const auto &f : Forum::schema().fields) {
        if (f.column == column) {
            was = f.load(before);
            now = f.load(after);
        }
    }
    if (was == now) {
        editor.message->clearMessage();
        return;
    }
    const QString extra = extraCheck(column, after);
    if (!extra.isEmpty()) {
        editor.message->showMessage(extra);
        return;
    }
    try {
        Table<Forum>(m_document->file()).validate(after);
    } catch (const ValidationError &error) {
        FieldMessage *message = m_editors.contains(error.field()) ? m_editors[error.field()].message : editor.message;
        message->showMessage(userMessage(error));
        return;
    }
    editor.message->clearMessage();
    edit::editForum(m_document, before, after, fieldLabel<Forum>(column));
}

} // namespace forumdesk
