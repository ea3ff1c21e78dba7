#include "TfliteMetadata.h"

#include "ZipArchive.h"
#include "tflite_metadata_generated.h"

#include <map>
#include <optional>

namespace tinyml::tflite {
namespace ms = schema::metadata;

namespace {

constexpr size_t kMaxLabelFileBytes = 4 * 1024 * 1024;
constexpr size_t kMaxLabelsPerFile = 65536;
constexpr size_t kMaxWarnings = 16;

struct Amplified { };

const char *fileTypeName(ms::AssociatedFileType type)
{
    switch (type) {
    case ms::AssociatedFileType::DESCRIPTIONS: return "DESCRIPTIONS";
    case ms::AssociatedFileType::TENSOR_AXIS_LABELS: return "TENSOR_AXIS_LABELS";
    case ms::AssociatedFileType::TENSOR_VALUE_LABELS: return "TENSOR_VALUE_LABELS";
    case ms::AssociatedFileType::TENSOR_AXIS_SCORE_CALIBRATION: return "TENSOR_AXIS_SCORE_CALIBRATION";
    case ms::AssociatedFileType::VOCABULARY: return "VOCABULARY";
    case ms::AssociatedFileType::SCANN_INDEX_FILE: return "SCANN_INDEX_FILE";
    default: return "UNKNOWN";
    }
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size() && lines.size() < kMaxLabelsPerFile) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

class MetadataReader
{
public:
    MetadataReader(size_t bufferSize, const uint8_t *fileData, size_t fileSize, std::vector<std::string> *warnings)
        : m_warnings(warnings), m_budget(uint64_t(bufferSize) + kMaxLabelFileBytes)
    {
        std::string error;
        m_archive = ZipArchive::find(fileData, fileSize, &error);
        if (!error.empty())
            warn(error);
    }

    // Shared tables could make a small buffer expand into gigabytes of copies; like the model
    // reader, never copy more than the buffer could hold without sharing.
    std::string str(const flatbuffers::String *s)
    {
        if (!s)
            return {};
        charge(s->size());
        return std::string(s->c_str(), s->size());
    }

    std::vector<AssociatedFile> files(const flatbuffers::Vector<flatbuffers::Offset<ms::AssociatedFile>> *v)
    {
        std::vector<AssociatedFile> out;
        if (!v)
            return out;
        charge(v->size());
        for (const ms::AssociatedFile *f : *v) {
            AssociatedFile file;
            file.name = str(f->name());
            file.description = str(f->description());
            file.type = fileTypeName(f->type());
            file.locale = str(f->locale());
            if (f->type() == ms::AssociatedFileType::TENSOR_AXIS_LABELS
                || f->type() == ms::AssociatedFileType::TENSOR_VALUE_LABELS)
                file.labels = labels(file.name);
            out.push_back(std::move(file));
        }
        return out;
    }

    std::vector<TensorMetadata> tensors(const flatbuffers::Vector<flatbuffers::Offset<ms::TensorMetadata>> *v)
    {
        std::vector<TensorMetadata> out;
        if (!v)
            return out;
        charge(v->size());
        for (const ms::TensorMetadata *t : *v)
            out.push_back({str(t->name()), str(t->description()), files(t->associated_files())});
        return out;
    }

private:
    void charge(uint64_t amount)
    {
        if (amount > m_budget)
            throw Amplified();
        m_budget -= amount;
    }

    void warn(const std::string &warning)
    {
        if (m_warnings->size() < kMaxWarnings)
            m_warnings->push_back(warning);
        else if (m_warnings->size() == kMaxWarnings)
            m_warnings->push_back("further warnings about the metadata left out");
    }

    // Each archive entry is read once, however many tensors name it, and its size is charged
    // before it is inflated.
    std::vector<std::string> labels(const std::string &name)
    {
        if (!m_archive)
            return {};
        if (const auto cached = m_labels.find(name); cached != m_labels.end()) {
            charge(cached->second.bytes);
            return cached->second.lines;
        }
        LabelFile &file = m_labels[name];
        const ZipArchive::Entry *entry = m_archive->entry(name);
        if (!entry) {
            warn("label file '" + name + "' is named in the metadata but not in the appended archive");
            return file.lines;
        }
        file.bytes = std::min<uint64_t>(entry->size, kMaxLabelFileBytes);
        charge(file.bytes);
        std::string error;
        std::optional<std::string> text = m_archive->read(*entry, kMaxLabelFileBytes, &error);
        if (!text) {
            warn(error);
            return file.lines;
        }
        file.lines = splitLines(*text);
        return file.lines;
    }

    struct LabelFile {
        uint64_t bytes = 0;
        std::vector<std::string> lines;
    };

    std::vector<std::string> *m_warnings;
    std::optional<ZipArchive> m_archive;
    std::map<std::string, LabelFile> m_labels;
    uint64_t m_budget;
};

} // namespace

bool readModelMetadata(const uint8_t *buffer, size_t bufferSize, const uint8_t *fileData, size_t fileSize,
                       ModelMetadata *out, std::vector<std::string> *warnings, std::string *error)
{
    if (bufferSize < 8 || !flatbuffers::BufferHasIdentifier(buffer, ms::ModelMetadataIdentifier())) {
        *error = "the TFLITE_METADATA buffer does not carry the identifier 'M001'";
        return false;
    }
    // The metadata buffer is part of the verified model, so it lies inside the file; this
    // verifies its own structure. See TfliteReader.cpp for why the table count is bounded.
    flatbuffers::Verifier verifier(buffer, bufferSize, 64, uint32_t(bufferSize / 4 + 64));
    if (!ms::VerifyModelMetadataBuffer(verifier)) {
        *error = "the TFLITE_METADATA buffer is a damaged FlatBuffer";
        return false;
    }
    const ms::ModelMetadata *m = ms::GetModelMetadata(buffer);
    MetadataReader reader(bufferSize, fileData, fileSize, warnings);
    try {
        out->name = reader.str(m->name());
        out->description = reader.str(m->description());
        out->version = reader.str(m->version());
        out->author = reader.str(m->author());
        out->license = reader.str(m->license());
        out->minParserVersion = reader.str(m->min_parser_version());
        out->associatedFiles = reader.files(m->associated_files());
        if (m->subgraph_metadata() && m->subgraph_metadata()->size() > 0) {
            const ms::SubGraphMetadata *sg = m->subgraph_metadata()->Get(0);
            out->inputs = reader.tensors(sg->input_tensor_metadata());
            out->outputs = reader.tensors(sg->output_tensor_metadata());
            for (AssociatedFile &f : reader.files(sg->associated_files()))
                out->associatedFiles.push_back(std::move(f));
        }
    } catch (const Amplified &) {
        *error = "the TFLITE_METADATA buffer references the same data many times over";
        return false;
    }
    return true;
}

} // namespace tinyml::tflite
