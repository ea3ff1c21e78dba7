// The model repository: the .tflite files a knowledge graph describes, kept in a folder beside
// its store and named by their SHA-256 ("<sha256>.tflite"), so that one file described twice is
// kept once and a deployment sends exactly the file the graph describes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tinyml::deploy {

class ModelRepository
{
    // Its refusals reach the import and the deploy views, in the GUI's language.
    Q_DECLARE_TR_FUNCTIONS(tinyml::deploy::ModelRepository)

public:
    explicit ModelRepository(QString directory);

    const QString &directory() const { return m_directory; }
    // Where the file of `sha256` is (or would be); empty for text that is not a SHA-256, so
    // that a name from a graph never reaches outside the folder.
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    // Keeps `bytes` under their SHA-256 unless a file of that SHA-256 is there already.
    // Returns the SHA-256; nullopt with *error naming the file when it cannot be written.
    std::optional<QString> store(const QByteArray &bytes, QString *error) const;
    // Copies the file at `path`, whose SHA-256 the caller has computed, the same way. Returns
    // the repository's path of it.
    std::optional<QString> storeFile(const QString &path, const QString &sha256, QString *error) const;
    // The model of `sha256`, checked against it: nullopt with *error naming the file when it is
    // absent, unreadable or not the file the SHA-256 names.
    std::optional<QByteArray> read(const QString &sha256, QString *error) const;

    // A model deleted from the graph leaves the repository, but an undo may bring its description
    // back while the graph is open: its file is held aside (contains() is false) until released
    // again or purged. Both are no-ops for a file that is not there.
    bool hold(const QString &sha256, QString *error) const;
    bool release(const QString &sha256, QString *error) const;
    // Deletes the held files, for good: no undo reaches them once the graph is closed.
    void purgeHeld() const;

private:
    std::optional<QString> write(const QString &target, const QByteArray &bytes, const QString &source,
                                 QString *error) const;

    QString heldPathOf(const QString &sha256) const;

    QString m_directory;
};

// True for 64 lower-case hexadecimal digits.
bool isSha256(const QString &text);

} // namespace tinyml::deploy
