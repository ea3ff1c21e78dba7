// The metadata sheet of a batch import: one row per model, in the columns of the paper's
// models_information.tsv (tab-separated, or comma-separated with "quoted" cells):
//
//   Name, Hardware (sensor codes 0=Camera 1=Microphone 2=Accelerometer 3=Gyroscope
//   4=Thermometer 5=OtherSensor, or sensor class names such as GasSensor, comma-separated),
//   hardware_info, input_comment, output_comment, metrics (0=top-1 1=top-5 2=other),
//   metric_value (accuracies in percent, 0-100; 0 or empty: not known), category (0=Classification 1=ObjectDetection 2=FeatureExtraction
//   3=Unsupervised 4=Other), location (code repository), dataset, reference (citation), date,
//   creator, description, runtimePlatform.
//
// Columns are found by the header's first word, so their order does not matter; only Name is
// required. "None" and empty cells are absent values.
#pragma once

#include "kg/ModelInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace tinyml::kg {

struct SheetRow {
    int line = 0; // in the file, for messages
    ModelInfo info;
};

// Reads the sheet; on error returns nullopt with "FILE: line N: problem" in *error.
std::optional<QList<SheetRow>> readModelInfoSheet(const QString &path, QString *error);

// A batch import from the sheet alone: each row's model is `Name.tflite` in the sheet's folder or
// its models/ folder. On error (a bad sheet, a missing file) returns nullopt with the reason.
std::optional<QList<ModelImport>> importsFromSheet(const QString &path, QString *error);

} // namespace tinyml::kg
