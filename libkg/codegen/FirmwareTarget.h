// What a board's description says about building firmware for it: which of TinyML Manager's
// firmware templates fits its hardware, how PlatformIO and the Arduino tools name it, and which
// Arduino library drives each of its sensors. Boards without a template get no project: a
// project for the wrong chip or flash layout would build and then fail on the board.
#pragma once

#include "store/TripleStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tinyml::codegen {

// The firmware template for nRF52840 boards on the Arduino mbed core (Nano 33 BLE and its Sense
// revisions): resources/firmware's core, its flash layout and its BLE file transfer.
inline const QString kNrf52840Template = QStringLiteral("nrf52840-mbed-ble");

struct SensorDriver {
    QString sensorClass; // sosa_extend local name, e.g. Accelerometer
    QString library;     // Arduino library, e.g. Arduino_BMI270_BMM150
};

struct FirmwareTarget {
    QString firmwareTemplate;   // tinyml:firmwareTemplate; empty: none
    QString platformioPlatform; // tinyml:platformioPlatform, e.g. nordicnrf52
    QString platformioBoard;    // tinyml:platformioBoard, e.g. nano33ble
    QString platformioFramework;
    QString arduinoFqbn;         // tinyml:arduinoFqbn, e.g. arduino:mbed_nano:nano33ble
    QStringList libraries;       // tinyml:arduinoLibrary of the board itself (its radio)
    QList<SensorDriver> drivers; // tinyml:arduinoLibrary of its sensor subsystems

    // The driver of the board's sensor of this class; empty when the description names none.
    QString driverOf(const QString &sensorClass) const;
    // "arduino:mbed_nano" of "arduino:mbed_nano:nano33ble".
    QString arduinoPlatform() const;
};

// Reads the board's firmware facts. nullopt only when the query fails (*error set); a board the
// description says nothing of comes back with an empty template.
std::optional<FirmwareTarget> readFirmwareTarget(store::TripleStore &store, const QString &boardIri, QString *error);

// The triples that say `target` of `board` described anew (kg::describeBoard's shape): the board's
// own firmware facts, and the driver of each sensor it still has. A board edit keeps them so.
QList<rdf::RdfTriple> firmwareTriples(const FirmwareTarget &target, const QString &boardIri,
                                      const QStringList &sensors);

// The template names this version of TinyML Manager generates projects from.
QStringList knownFirmwareTemplates();

} // namespace tinyml::codegen
