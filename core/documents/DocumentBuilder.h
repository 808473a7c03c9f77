// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace forumdesk {

// Builds a QTextDocument block by block. Every piece of user text goes in as plain text, so
// markup in a name or a minute is shown as written, in every output format.
class DocumentBuilder {
public:
    explicit DocumentBuilder(const QString &title);

    void title(const QString &text, const QString &subtitle = {});
    void heading(const QString &text, int level = 2);
    void paragraph(const QString &text);
    // "Label: value" with the label in bold; nothing when the value is empty.
    void field(const QString &label, const QString &value);
    void bullets(const QStringList &items);
    // `widths`, when given, are the columns' shares of the page width in percent.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
    // A line for a signature: a rule, then the name and the role under it.
    void signature(const QString &name, const QString &role);

    // The document, carrying its Markdown rendering (see markdownOf): Qt's own Markdown writer
    // would let markup in user text through.
    std::unique_ptr<QTextDocument> take();
    static QString markdownOf(const QTextDocument &document);
    QTextDocument &document() { return *m_document; }

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars);
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    QString m_markdown;
};

} // namespace forumdesk
