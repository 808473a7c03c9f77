// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/ImportPreviewDialog.h"

#include "core/i18n/DateText.h"

#include "core/forum/Vocabulary.h"
#include "ui/widgets/PageParts.h"
#include "ui/widgets/Colours.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace forumdesk {

namespace {

// A long contribution's tooltip shows its beginning: a tooltip is no reading pane.
QString tipOf(const QString &text)
{
    constexpr qsizetype kMost = 1500;
    return text.size() > kMost ? text.left(kMost) + QChar(0x2026) : text;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ContributionImport &import, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_import(import), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_importButton(nullptr), m_fitRows(new QTimer(this))
{
    setWindowTitle(tr("Import Contributions"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setAccessibleName(tr("Rows to import"));
    fillTable();

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    describe(fileName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const int importable = m_import.acceptable() ? m_import.importableCount() : 0;
    m_importButton = buttons->addButton(importable > 0 ? tr("&Import %n Row(s)", nullptr, importable) : tr("&Import"),
                                        QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importRows"));
    m_importButton->setEnabled(importable > 0);
    m_importButton->setDefault(importable > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);

    // Large enough for the notes, never larger than the screen: on 1280 x 800, its frame included.
    QSize size(1200, 700);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    m_table->viewport()->installEventFilter(this);
    m_table->setFocus();
}

bool ImportPreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDialog::eventFilter(watched, event);
}

void ImportPreviewDialog::fitColumns()
{
    constexpr int kNotes = 320;
    int others = 0;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (column != Text && column != Notes)
            others += m_table->columnWidth(column);
    }
    m_table->setColumnWidth(Text, std::clamp(m_table->viewport()->width() - others - kNotes, 140, 300));
}

void ImportPreviewDialog::fillTable()
{
    setUpTable(m_table, {tr("Row"), tr("Status"), tr("Received"), tr("Author"), tr("Organization"), tr("Channel"),
                         tr("Sector"), tr("Contribution"), tr("Notes")});
    // Tab leaves the table for the buttons; the arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setRowCount(int(m_import.rows().size()));
    const QColor skipped = palette().color(QPalette::PlaceholderText);
    int row = 0;
    for (const ContributionImport::Row &r : m_import.rows()) {
        const Contribution &c = r.contribution;
        QStringList notes = r.errors;
        QString status = tr("To import");
        if (!r.errors.isEmpty())
            status = tr("Skipped");
        else if (r.duplicate != ContributionImport::Duplicate::None) {
            status = tr("Duplicate");
            notes << r.duplicateNote();
        }
        notes << r.warnings;
        const QString noteText = notes.join(QLatin1Char('\n'));
        m_table->setItem(row, RowNumber, readOnlyItem(QString::number(r.row)));
        m_table->setItem(row, Status, readOnlyItem(status));
        m_table->setItem(row, Received, readOnlyItem(c.receivedOn.isValid() ? dayText(c.receivedOn) : QString()));
        m_table->setItem(row, Author, readOnlyItem(c.author, c.author));
        m_table->setItem(row, Organization, readOnlyItem(c.organization, c.organization));
        m_table->setItem(row, Channel, readOnlyItem(Vocabulary::label(Vocabulary::List::ContributionChannel, c.channel)));
        m_table->setItem(row, Sector, readOnlyItem(Vocabulary::label(Vocabulary::List::Sector, c.sector)));
        const QString brief = c.text.simplified();
        m_table->setItem(row, Text, readOnlyItem(brief.size() > 160 ? brief.left(159) + QChar(0x2026) : brief, tipOf(c.text)));
        m_table->setItem(row, Notes, readOnlyItem(noteText, noteText));
        if (!r.errors.isEmpty()) {
            m_table->item(row, Status)->setForeground(colours::text(colours::Tone::Bad));
            m_table->item(row, Notes)->setForeground(colours::text(colours::Tone::Bad));
        } else if (r.duplicate != ContributionImport::Duplicate::None) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setForeground(skipped);
        } else if (!r.warnings.isEmpty()) {
            m_table->item(row, Notes)->setForeground(colours::text(colours::Tone::Caution));
        }
        ++row;
    }

    // The notes take the width that is left and wrap; the contribution's beginning wraps in a
    // column of its own; names get a sensible width the user can change.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Author, QHeaderView::Interactive);
    header->setSectionResizeMode(Organization, QHeaderView::Interactive);
    header->setSectionResizeMode(Text, QHeaderView::Interactive);
    header->setSectionResizeMode(Notes, QHeaderView::Stretch);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    for (const int column : {Author, Organization}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 70, 140));
    }
    m_table->setColumnWidth(Text, 240);

    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(0);
    connect(m_fitRows, &QTimer::timeout, m_table, &QTableWidget::resizeRowsToContents);
    connect(header, &QHeaderView::sectionResized, m_fitRows, qOverload<>(&QTimer::start));
    m_table->resizeRowsToContents();
}

void ImportPreviewDialog::describe(const QString &fileName)
{
    QStringList lines;
    if (!m_import.problems().isEmpty()) {
        lines << tr("“%1” cannot be imported as it is: correct the file and try again. Nothing was imported.").arg(fileName);
        lines << m_import.problems();
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_summary->setStyleSheet(colours::textStyle(colours::Tone::Bad));
        return;
    }
    const int importable = m_import.importableCount();
    const int duplicates = m_import.duplicateCount();
    const int problems = m_import.problemRowCount();
    QStringList counts{tr("%n row(s) to import", nullptr, importable)};
    if (duplicates > 0)
        counts << tr("%n duplicate(s) skipped", nullptr, duplicates);
    if (problems > 0)
        counts << tr("%n row(s) with problems skipped", nullptr, problems);
    lines << tr("“%1”: %2.").arg(fileName, counts.join(QStringLiteral(", ")));
    if (!m_import.encoding().isEmpty())
        lines << tr("Read as %1: check in the table below that accents and symbols look right.").arg(m_import.encoding());
    if (importable == 0) {
        lines << tr("Nothing to import: every row is a duplicate or has a problem.");
    } else if (duplicates + problems > 0) {
        lines << tr("Duplicates and rows with problems will not be imported. To add a skipped row later, correct it in "
                    "the file and import the file again: the rows imported now will then show as duplicates.");
    }
    if (const int formulas = m_import.warningCount(); formulas > 0)
        lines << tr("%n cell(s) look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.",
                    nullptr, formulas);
    if (importable > 0)
        lines << tr("Nothing is written until you choose Import.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (importable == 0)
        m_summary->setStyleSheet(colours::textStyle(colours::Tone::Bad));
}

} // namespace forumdesk
