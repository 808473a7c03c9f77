// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cocreation/ImportPreviewDialog.h"

#include "core/forum/Vocabulary.h"
#include "ui/widgets/PageParts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace forumdesk {

ImportPreviewDialog::ImportPreviewDialog(const ContributionImport &import, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_import(import), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_importButton(nullptr)
{
    setWindowTitle(tr("Import Contributions"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    setUpTable(m_table, {tr("Text"), tr("Row"), tr("Received"), tr("Channel"), tr("Author"), tr("Organization"),
                         tr("Sector"), tr("Problems")});
    m_table->setRowCount(int(import.rows().size()));
    int row = 0;
    int bad = 0;
    for (const ContributionImport::Row &r : import.rows()) {
        const Contribution &c = r.contribution;
        const QString problems = r.errors.join(QLatin1Char('\n'));
        m_table->setItem(row, 0, readOnlyItem(c.text.simplified().left(120), c.text));
        m_table->setItem(row, 1, readOnlyItem(QString::number(r.row)));
        m_table->setItem(row, 2, readOnlyItem(c.receivedOn.isValid() ? QLocale().toString(c.receivedOn, QLocale::ShortFormat) : QString()));
        m_table->setItem(row, 3, readOnlyItem(Vocabulary::label(Vocabulary::List::ContributionChannel, c.channel)));
        m_table->setItem(row, 4, readOnlyItem(c.author));
        m_table->setItem(row, 5, readOnlyItem(c.organization));
        m_table->setItem(row, 6, readOnlyItem(Vocabulary::label(Vocabulary::List::Sector, c.sector)));
        auto *problemItem = readOnlyItem(problems.isEmpty() ? tr("OK") : problems.split(QLatin1Char('\n')).join(QStringLiteral("; ")), problems);
        if (!problems.isEmpty()) {
            problemItem->setForeground(QColor(0xb0, 0x00, 0x20));
            ++bad;
        }
        m_table->setItem(row, 7, problemItem);
        ++row;
    }

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    if (import.acceptable()) {
        m_summary->setText(tr("“%1”: %n contribution(s) ready to import. Nothing is written until you choose Import.", nullptr,
                              int(import.rows().size())).arg(fileName));
    } else {
        QStringList lines;
        lines << tr("“%1” cannot be imported as it is: correct the file and try again. Nothing was imported.").arg(fileName);
        lines << import.problems();
        if (bad > 0)
            lines << tr("%n row(s) with problems, shown in red below.", nullptr, bad);
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(import.acceptable());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
}

} // namespace forumdesk
