#include "ZipArchive.h"

#include <zlib.h>

#include <cstring>
#include <limits>

namespace tinyml::tflite {
namespace {

constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint32_t kCentralDirectoryHeader = 0x02014b50;
constexpr uint32_t kLocalFileHeader = 0x04034b50;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
constexpr uint16_t kStored = 0;
constexpr uint16_t kDeflated = 8;

uint16_t le16(const uint8_t *p)
{
    return uint16_t(p[0] | (p[1] << 8));
}
uint32_t le32(const uint8_t *p)
{
    return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
}

bool inflateRaw(const uint8_t *in, size_t inSize, size_t outSize, std::string &out)
{
    out.assign(outSize, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = const_cast<Bytef *>(in);
    stream.avail_in = uInt(inSize);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(outSize);
    const int result = inflate(&stream, Z_FINISH);
    const bool complete = result == Z_STREAM_END && stream.total_out == outSize;
    inflateEnd(&stream);
    return complete;
}

} // namespace

std::optional<ZipArchive> ZipArchive::find(const uint8_t *data, size_t size, std::string *error)
{
    if (size < kEndRecordSize)
        return std::nullopt;
    // The end record sits before a comment of at most 65535 bytes.
    const size_t lowest = size > kEndRecordSize + 0xffff ? size - kEndRecordSize - 0xffff : 0;
    size_t end = SIZE_MAX;
    for (size_t pos = size - kEndRecordSize + 1; pos-- > lowest;) {
        if (le32(data + pos) == kEndOfCentralDirectory && pos + kEndRecordSize + le16(data + pos + 20) == size) {
            end = pos;
            break;
        }
    }
    if (end == SIZE_MAX)
        return std::nullopt;

    const uint8_t *record = data + end;
    const uint16_t count = le16(record + 10);
    const uint64_t directorySize = le32(record + 12);
    const uint64_t directoryOffset = le32(record + 16);
    if (directorySize > end) {
        *error = "appended archive: central directory larger than the file";
        return std::nullopt;
    }
    // Tools that append an archive to a file write offsets from the start of the archive or
    // from the start of the file; the difference between where the directory is and where the
    // record says it is tells which.
    const uint64_t directoryStart = end - directorySize;
    if (directoryOffset > directoryStart) {
        *error = "appended archive: central directory offset points past its end record";
        return std::nullopt;
    }
    const uint64_t shift = directoryStart - directoryOffset;

    ZipArchive archive(data, size);
    size_t pos = size_t(directoryStart);
    for (uint16_t i = 0; i < count; ++i) {
        if (pos + kCentralHeaderSize > end || le32(data + pos) != kCentralDirectoryHeader) {
            *error = "appended archive: central directory entry " + std::to_string(i) + " is damaged";
            return std::nullopt;
        }
        const uint8_t *h = data + pos;
        const size_t nameLength = le16(h + 28);
        const size_t variableLength = nameLength + le16(h + 30) + le16(h + 32);
        if (pos + kCentralHeaderSize + variableLength > end) {
            *error = "appended archive: central directory entry " + std::to_string(i) + " runs past the directory";
            return std::nullopt;
        }
        Entry entry;
        entry.method = le16(h + 10);
        entry.crc = le32(h + 16);
        entry.compressedSize = le32(h + 20);
        entry.size = le32(h + 24);
        entry.localHeaderOffset = uint64_t(le32(h + 42)) + shift;
        entry.name.assign(reinterpret_cast<const char *>(h + kCentralHeaderSize), nameLength);
        archive.m_entries.push_back(std::move(entry));
        pos += kCentralHeaderSize + variableLength;
    }
    return archive;
}

const ZipArchive::Entry *ZipArchive::entry(const std::string &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

std::optional<std::string> ZipArchive::read(const Entry &entry, size_t maxBytes, std::string *error) const
{
    const std::string where = "appended archive entry '" + entry.name + "': ";
    if (entry.localHeaderOffset > m_size || m_size - entry.localHeaderOffset < kLocalHeaderSize
        || le32(m_data + entry.localHeaderOffset) != kLocalFileHeader) {
        *error = where + "local header is missing";
        return std::nullopt;
    }
    const uint8_t *h = m_data + entry.localHeaderOffset;
    const uint64_t dataStart = entry.localHeaderOffset + kLocalHeaderSize + le16(h + 26) + le16(h + 28);
    if (dataStart > m_size || m_size - dataStart < entry.compressedSize) {
        *error = where + "data runs past the end of the file";
        return std::nullopt;
    }
    if (entry.size > maxBytes || entry.size > std::numeric_limits<uInt>::max()) {
        *error = where + "larger than " + std::to_string(maxBytes) + " bytes";
        return std::nullopt;
    }
    const uint8_t *payload = m_data + dataStart;
    std::string out;
    if (entry.method == kStored) {
        if (entry.compressedSize != entry.size) {
            *error = where + "stored entry with differing sizes";
            return std::nullopt;
        }
        out.assign(reinterpret_cast<const char *>(payload), size_t(entry.size));
    } else if (entry.method == kDeflated) {
        if (entry.compressedSize > std::numeric_limits<uInt>::max()
            || !inflateRaw(payload, size_t(entry.compressedSize), size_t(entry.size), out)) {
            *error = where + "cannot be inflated";
            return std::nullopt;
        }
    } else {
        *error = where + "compression method " + std::to_string(entry.method) + " is not supported";
        return std::nullopt;
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.data()), uInt(out.size()));
    if (crc != entry.crc) {
        *error = where + "checksum mismatch";
        return std::nullopt;
    }
    return out;
}

} // namespace tinyml::tflite
