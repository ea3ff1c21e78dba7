// Read-only view of a ZIP archive appended to a .tflite file, where TFLite Metadata keeps its
// associated files (label lists, vocabularies). Stored and deflated entries; no ZIP64, no
// encryption. Every offset and size is checked against the buffer; inflating is bounded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tinyml::tflite {

class ZipArchive
{
public:
    struct Entry {
        std::string name;
        uint16_t method = 0;
        uint32_t crc = 0;
        uint64_t compressedSize = 0;
        uint64_t size = 0;
        uint64_t localHeaderOffset = 0; // already corrected for data before the archive
    };

    // Finds an archive whose end record lies at the end of the buffer. Returns nullopt when there
    // is none; a malformed one sets *error.
    static std::optional<ZipArchive> find(const uint8_t *data, size_t size, std::string *error);

    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *entry(const std::string &name) const;
    // The entry's bytes, or nullopt with *error set (bad header, unsupported method, CRC
    // mismatch, larger than maxBytes).
    std::optional<std::string> read(const Entry &entry, size_t maxBytes, std::string *error) const;

private:
    ZipArchive(const uint8_t *data, size_t size) : m_data(data), m_size(size) { }
    const uint8_t *m_data;
    size_t m_size;
    std::vector<Entry> m_entries;
};

} // namespace tinyml::tflite
