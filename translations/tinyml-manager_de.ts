<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FitQuestion</name>
    <message numerus="yes">
        <location filename="../app/gui/deploy/FitQuestion.cpp" line="+26"/>
        <source>The knowledge graph says %1 does not fit %n board(s):</source>
        <translation>
            <numerusform>Laut Wissensgraph passt %1 nicht auf %n Board:</numerusform>
            <numerusform>Laut Wissensgraph passt %1 nicht auf %n Boards:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit unknown (not boards of the knowledge graph): %1</source>
        <translation>Eignung unbekannt (keine Boards des Wissensgraphen): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy anyway sends it to every board and records that the graph&apos;s reasons were overridden.</source>
        <translation>„Trotzdem bereitstellen“ sendet es an jedes Board und hält fest, dass die Gründe des Graphen übergangen wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow/UserPrompts.cpp" line="+30"/>
        <source>Deploy %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy &amp;anyway</source>
        <translation>&amp;Trotzdem bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only boards that fit</source>
        <translation>&amp;Nur passende Boards</translation>
    </message>
</context>
<context>
    <name>MemorySize</name>
    <message>
        <location filename="../libkg/kg/MemorySize.cpp" line="+82"/>
        <source>write a number and its unit, e.g. 256 kB, 0.5 MB, 512 KiB or 300000 B</source>
        <translation>Geben Sie eine Zahl mit Einheit an, z. B. 256 kB, 0,5 MB, 512 KiB oder 300000 B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no size given: %1</source>
        <translation>keine Größe angegeben: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a size: %2</source>
        <translation>„%1“ ist keine Größe: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos;: %2 is not a unit of memory; use B, kB, KiB, MB or MiB</source>
        <translation>„%1“: %2 ist keine Einheit für Speichergrößen; verwenden Sie B, kB, KiB, MB oder MiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos;: a size cannot be negative</source>
        <translation>„%1“: Eine Größe kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is more than a board&apos;s memory (at most %2 MB)</source>
        <translation>„%1“ ist mehr, als ein Board an Speicherplatz hat (höchstens %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos;: a number of bytes is whole</source>
        <translation>„%1“: Eine Anzahl Bytes ist ganzzahlig</translation>
    </message>
</context>
<context>
    <name>OntologyNames</name>
    <message>
        <location filename="../app/gui/widgets/OntologyNames.cpp" line="+31"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerometer</source>
        <translation>Beschleunigungssensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gyroscope</source>
        <translation>Gyroskop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermometer</source>
        <translation>Thermometer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sensor</source>
        <translation>Anderer Sensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Magnetometer</source>
        <translation>Magnetometer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barometer</source>
        <translation>Barometer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygrometer</source>
        <translation>Hygrometer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light sensor</source>
        <translation>Lichtsensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proximity sensor</source>
        <translation>Näherungssensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas sensor</source>
        <translation>Gassensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object detection</source>
        <translation>Objekterkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature extraction</source>
        <translation>Merkmalsextraktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupervised</source>
        <translation>Unüberwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top-1 accuracy</source>
        <translation>Top-1-Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5-Genauigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other metric</source>
        <translation>Andere Metrik</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/gui/settings/Translations.cpp" line="+21"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/import/ImportController.cpp" line="+35"/>
        <source>Turtle (*.ttl);;N-Triples (*.nt)</source>
        <translation>Turtle (*.ttl);;N-Triples (*.nt)</translation>
    </message>
    <message>
        <location line="+389"/>
        <source>%1: unknown RDF format (use .ttl or .nt)</source>
        <translation>%1: unbekanntes RDF-Format (verwenden Sie .ttl oder .nt)</translation>
    </message>
    <message>
        <location filename="../app/gui/modelsforboard/ModelDetailsPanel.cpp" line="+135"/>
        <source>The graph names no model file for this model.</source>
        <translation>Der Wissensgraph nennt keine Modelldatei für dieses Modell.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/settings/Translations.cpp" line="-5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>TableCells</name>
    <message>
        <location filename="../app/gui/widgets/TableCells.cpp" line="+65"/>
        <source>missing sensor %1</source>
        <translation>Sensor fehlt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot run %2</source>
        <translation>%1 kann %2 nicht ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM short by %1</source>
        <translation>RAM fehlt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flash short by %1</source>
        <translation>Flash fehlt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fits memory</source>
        <translation>Speicher passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensors unknown</source>
        <translation>Sensoren unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAM: the tensor arena the model needs on %1</source>
        <translation>RAM: die Tensor-Arena, die das Modell auf %1 braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash: what the model needs on %1</source>
        <translation>Flash: was das Modell auf %1 braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the paper&apos;s figures; the board names no runtime)</source>
        <translation> (die Werte des Papers; das Board nennt keine Laufzeitumgebung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit unknown: %1</source>
        <translation>Eignung unbekannt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit: %1</source>
        <translation>Passt nicht: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accuracy unknown</source>
        <translation>Genauigkeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <location filename="../app/gui/widgets/TableCopy.cpp" line="+56"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;IRI</source>
        <translation>&amp;IRI kopieren</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../app/gui/widgets/Units.cpp" line="+57"/>
        <source>A size with its unit: B, kB, KiB, MB or MiB (e.g. 256 kB, 0.5 MB, 512 KiB); a number alone is in %1, the unit chosen in the settings.
1 kB = 1000 bytes, 1 KiB = 1024 bytes, 1 MB = 1000 kB, 1 MiB = 1024 KiB.</source>
        <translation>Eine Größe mit Einheit: B, kB, KiB, MB oder MiB (z. B. 256 kB, 0,5 MB, 512 KiB); eine Zahl ohne Einheit gilt in %1, der in den Einstellungen gewählten Einheit.
1 kB = 1000 Byte, 1 KiB = 1024 Byte, 1 MB = 1000 kB, 1 MiB = 1024 KiB.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>tinyml::ModelFileChecks</name>
    <message>
        <location filename="../libkg/analysis/ModelAnalysis.cpp" line="+25"/>
        <source>too small to be a TensorFlow Lite model (%1 bytes)</source>
        <translation>zu klein für ein TensorFlow-Lite-Modell (%1 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a TensorFlow Lite model: file identifier is &apos;%1&apos;, expected &apos;TFL3&apos;</source>
        <translation>kein TensorFlow-Lite-Modell: Die Dateikennung ist „%1“, erwartet wird „TFL3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than a FlatBuffer can be (2 GiB)</source>
        <translation>größer, als ein FlatBuffer sein kann (2 GiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged FlatBuffer: a table, vector or string lies outside the file or is malformed</source>
        <translation>beschädigter FlatBuffer: Eine Tabelle, ein Vektor oder eine Zeichenkette liegt außerhalb der Datei oder ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema version %1 is not supported (expected 3)</source>
        <translation>Schemaversion %1 wird nicht unterstützt (erwartet wird 3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model is damaged: %1</source>
        <translation>das Modell ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a model file</source>
        <translation>ist ein Ordner, keine Modelldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes is larger than the %2 bytes accepted for a model</source>
        <translation>%1 Byte sind mehr als die %2 Byte, die für ein Modell angenommen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read failed (%1)</source>
        <translation>Lesen fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than the %1 bytes accepted for a model</source>
        <translation>größer als die %1 Byte, die für ein Modell angenommen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::BoardScanner</name>
    <message>
        <location filename="../libkg/deploy/BoardScanner.cpp" line="+27"/>
        <source>Bluetooth scan failed: %1</source>
        <translation>Bluetooth-Suche fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::BoardTransfer</name>
    <message>
        <location filename="../libkg/deploy/BoardTransfer.cpp" line="+60"/>
        <source>no confirmation within %1 s</source>
        <translation>keine Bestätigung innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the model file is empty</source>
        <translation>die Modelldatei ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delivered; cancelled while the board loaded the model</source>
        <translation>geliefert; abgebrochen, während das Board das Modell lud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>attempt %1 of %2 after: %3</source>
        <translation>Versuch %1 von %2 nach: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the link to the board was lost</source>
        <translation>die Verbindung zum Board ist abgerissen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluetooth error: %1</source>
        <translation>Bluetooth-Fehler: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking for the board</source>
        <translation>sucht das Board</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+339"/>
        <source>the board was not found nearby (is it on and in range?)</source>
        <translation>das Board wurde in der Nähe nicht gefunden (ist es eingeschaltet und in Reichweite?)</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Bluetooth scan failed: %1</source>
        <translation>Bluetooth-Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the board does not offer the file-transfer service</source>
        <translation>das Board bietet den Dateiübertragungsdienst nicht an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file-transfer service could not be opened</source>
        <translation>der Dateiübertragungsdienst konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a write to the board failed</source>
        <translation>ein Schreibvorgang auf das Board ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a read from the board failed</source>
        <translation>ein Lesevorgang vom Board ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file-transfer service failed</source>
        <translation>der Dateiübertragungsdienst ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the board&apos;s file-transfer service lacks characteristic %1</source>
        <translation>dem Dateiübertragungsdienst des Boards fehlt die Charakteristik %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the board cannot notify characteristic %1</source>
        <translation>das Board kann die Charakteristik %1 nicht melden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the board&apos;s maximum file length is not a 32-bit number</source>
        <translation>die maximale Dateilänge des Boards ist keine 32-Bit-Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model is %1 bytes; the board takes at most %2 bytes</source>
        <translation>das Modell hat %1 Byte; das Board nimmt höchstens %2 Byte an</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the board did not start the transfer (status %1)</source>
        <translation>das Board hat die Übertragung nicht begonnen (Status %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the board did not confirm the file within %1 s</source>
        <translation>das Board hat die Datei nicht innerhalb von %1 s bestätigt</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the board reported an error: %1</source>
        <translation>das Board meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the board could not load the model: %1</source>
        <translation>das Board konnte das Modell nicht laden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (it may have halted or reset)</source>
        <translation>%1 (es ist vielleicht stehen geblieben oder neu gestartet)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the board said it was loading the model and reported nothing more within %1 s</source>
        <translation>das Board meldete, dass es das Modell lädt, und meldete innerhalb von %1 s nichts mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection within %1 s</source>
        <translation>keine Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the board stopped answering</source>
        <translation>das Board antwortet nicht mehr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the board stopped answering while loading the model: %1</source>
        <translation>das Board antwortete beim Laden des Modells nicht mehr: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retrying after: %1</source>
        <translation>neuer Versuch nach: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delivered; the board does not report whether the model runs</source>
        <translation>geliefert; das Board meldet nicht, ob das Modell läuft</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::DeployQueue</name>
    <message>
        <location filename="../libkg/deploy/DeployQueue.cpp" line="+140"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::ModelRepository</name>
    <message>
        <location filename="../libkg/deploy/ModelRepository.cpp" line="+44"/>
        <source>%1: cannot copy into the model repository %2 (%3)</source>
        <translation>%1: kann nicht in die Modellablage %2 kopiert werden (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &apos;%2&apos; is not a SHA-256</source>
        <translation>%1: „%2“ ist kein SHA-256</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the file changed while it was imported (its SHA-256 differs now)</source>
        <translation>%1: Die Datei hat sich während des Imports geändert (ihr SHA-256 ist jetzt ein anderer)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a SHA-256, so names no file of the model repository %2</source>
        <translation>„%1“ ist kein SHA-256 und nennt daher keine Datei der Modellablage %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not in the model repository (the graph describes a file that is not there)</source>
        <translation>%1: nicht in der Modellablage (der Wissensgraph beschreibt eine Datei, die dort nicht liegt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file is not the one the graph describes (its SHA-256 differs)</source>
        <translation>%1: Die Datei ist nicht die, die der Wissensgraph beschreibt (ihr SHA-256 weicht ab)</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BenchmarkTableModel</name>
    <message>
        <location filename="../app/gui/modelsfortask/BenchmarkTableModel.cpp" line="+59"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardCataloguePanel</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardCataloguePanel.cpp" line="+31"/>
        <location line="+2"/>
        <source>Search boards</source>
        <translation>Boards durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensor the board must have</source>
        <translation>Sensor, den das Board haben muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sensor</source>
        <translation>Beliebiger Sensor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum RAM</source>
        <translation>Mindest-RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum Flash</source>
        <translation>Mindest-Flash</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sensor:</source>
        <translation>&amp;Sensor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flash ≥</source>
        <translation>Flash ≥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;RAM ≥</source>
        <translation>&amp;RAM ≥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Boards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Boards&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardDialog</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardDialog.cpp" line="+22"/>
        <source>Describe a board</source>
        <translation>Board beschreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board</source>
        <translation>Board bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. nRF52840</source>
        <translation>z. B. nRF52840</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free RAM</source>
        <translation>Freier RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free Flash</source>
        <translation>Freier Flash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated (the paper&apos;s figures)</source>
        <translation>Nicht angegeben (die Werte des Papers)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. C0:98:E5:49:00:07</source>
        <translation>optional, z. B. C0:98:E5:49:00:07</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the graph</source>
        <translation>Zum Graphen hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try without saving</source>
        <translation>Ohne Speichern &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the models that fit this board without adding it to the knowledge graph</source>
        <translation>Die Modelle anzeigen, die auf dieses Board passen, ohne es zum Wissensgraphen hinzuzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micro&amp;controller:</source>
        <translation>&amp;Mikrocontroller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensors:</source>
        <translation>&amp;Sensoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free &amp;RAM:</source>
        <translation>Freier &amp;RAM:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free &amp;Flash:</source>
        <translation>Freier &amp;Flash:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>La&amp;ufzeitumgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bluetooth address:</source>
        <translation>Bluetooth-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a Bluetooth address has six bytes, e.g. C0:98:E5:49:00:07</source>
        <translation>eine Bluetooth-Adresse hat sechs Byte, z. B. C0:98:E5:49:00:07</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The board could not be saved: %1</source>
        <translation>Das Board konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardFitTableModel</name>
    <message>
        <location filename="../app/gui/boardsformodel/BoardFitTableModel.cpp" line="+79"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>paper&apos;s figures</source>
        <translation>Werte des Papers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runtime whose figures each board was judged by: the one the board runs</source>
        <translation>Die Laufzeitumgebung, nach deren Werten jedes Board beurteilt wurde: die, die das Board ausführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM headroom</source>
        <translation>RAM-Reserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash headroom</source>
        <translation>Flash-Reserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardTableModel</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardTableModel.cpp" line="+55"/>
        <source>Sensors: %1</source>
        <translation>Sensoren: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microcontroller</source>
        <translation>Mikrocontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardsForModelView</name>
    <message>
        <location filename="../app/gui/boardsformodel/BoardsForModelView.cpp" line="+26"/>
        <source>A &amp;model of the graph:</source>
        <translation>Ein &amp;Modell des Graphen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Requirements:</source>
        <translation>An&amp;forderungen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RAM needed</source>
        <translation>Benötigter RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash needed</source>
        <translation>Benötigter Flash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards for the model</source>
        <translation>Boards für das Modell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>cannot run on %1</source>
        <translation>nicht ausführbar auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 RAM and %2 Flash on %3</source>
        <translation>%1 RAM und %2 Flash auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 RAM and %2 Flash (the paper&apos;s figures)</source>
        <translation>%1 RAM und %2 Flash (die Werte des Papers)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The graph holds no models yet.</source>
        <translation>Der Wissensgraph enthält noch keine Modelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 boards can run %3 (it needs %4; sensors: %5).</source>
        <translation>%1 von %2 Boards können %3 ausführen (es braucht %4; Sensoren: %5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the RAM and Flash needed as sizes, e.g. 256 kB, 0.5 MB or 512 KiB.</source>
        <translation>Geben Sie den benötigten RAM und Flash als Größen mit Einheit an, z. B. 256 kB, 0,5 MB oder 512 KiB.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>these requirements</source>
        <translation>ein Modell mit diesen Anforderungen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 boards can run %3 (it needs %4 RAM, %5 Flash, sensors: %6).</source>
        <translation>%1 von %2 Boards können %3 ausführen (benötigt: %4 RAM, %5 Flash, Sensoren: %6).</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::DeploySession</name>
    <message>
        <location filename="../app/gui/deploy/DeploySession.cpp" line="+123"/>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>another store was opened during the deployment; not recorded</source>
        <translation>während der Bereitstellung wurde ein anderer Speicher geöffnet; nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>nothing has been deployed yet</source>
        <translation>es wurde noch nichts bereitgestellt</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::DeployView</name>
    <message>
        <location filename="../app/gui/deploy/DeployView.cpp" line="+54"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many boards receive the model at the same time</source>
        <translation>Wie viele Boards das Modell gleichzeitig erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scan for boards</source>
        <translation>Nach Boards &amp;suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look for boards advertising the file-transfer service over Bluetooth LE</source>
        <translation>Nach Boards suchen, die den Dateiübertragungsdienst über Bluetooth LE anbieten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the model to the selected boards</source>
        <translation>Das Modell an die ausgewählten Boards senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel selected</source>
        <translation>Ausgewählte abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the deployments to the selected boards</source>
        <translation>Die Bereitstellungen auf den ausgewählten Boards abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;all</source>
        <translation>All&amp;e abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every deployment</source>
        <translation>Alle Bereitstellungen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the model again to the boards that failed or were cancelled</source>
        <translation>Das Modell erneut an die Boards senden, bei denen die Bereitstellung fehlgeschlagen ist oder abgebrochen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the latest deployment&apos;s outcome per board as CSV or JSON</source>
        <translation>Das Ergebnis der letzten Bereitstellung je Board als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate &amp;firmware project…</source>
        <translation>&amp;Firmware-Projekt erzeugen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the firmware that runs the chosen model on the selected board, to build and flash</source>
        <translation>Die Firmware schreiben, die das gewählte Modell auf dem ausgewählten Board ausführt, zum Bauen und Flashen</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>deployed despite: %1</source>
        <translation>bereitgestellt trotz: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 runs %2 as far as is known: delivered %3, the board does not confirm it.</source>
        <translation>%1 führt soweit bekannt %2 aus: geliefert %3, das Board bestätigt es nicht.</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Parallel &amp;uploads:</source>
        <translation>Parallele Über&amp;tragungen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deploy to se&amp;lected</source>
        <translation>Auf Aus&amp;wahl bereitstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retr&amp;y failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>Be&amp;richt speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the selected board&apos;s Bluetooth address on a board of the knowledge graph</source>
        <translation>Die Bluetooth-Adresse des ausgewählten Boards bei einem Board des Wissensgraphen eintragen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lin&amp;k to board…</source>
        <translation>Mit Board &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Deployment history of the selected board</source>
        <translation>Bereitstellungsverlauf des ausgewählten Boards</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arena used</source>
        <translation>Belegte Arena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan finished.</source>
        <translation>Suche abgeschlossen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Scanning for boards…</source>
        <translation>Suche nach Boards…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select the boards to send %1 to, then press Deploy.</source>
        <translation>Wählen Sie die Boards aus, an die %1 gesendet werden soll, und klicken Sie dann auf „Auf Auswahl bereitstellen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already receiving a model, so left out: %1</source>
        <translation>Ausgelassen, da sie bereits ein Modell empfangen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The model %1 could not be read: %2</source>
        <translation>Das Modell %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Deploying %1 to %n board(s)…</source>
        <translation>
            <numerusform>%1 wird auf %n Board bereitgestellt…</numerusform>
            <numerusform>%1 wird auf %n Boards bereitgestellt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The deployment to %1 could not be recorded: %2</source>
        <translation>Die Bereitstellung auf %1 konnte nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Fit unknown for %1: not boards of the knowledge graph.</source>
        <translation>Eignung unbekannt für %1: keine Boards des Wissensgraphen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 on %n board(s): %2.</source>
        <translation>
            <numerusform>%1 auf %n Board: %2.</numerusform>
            <numerusform>%1 auf %n Boards: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a board to see its deployments.</source>
        <translation>Wählen Sie ein Board aus, um seine Bereitstellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 runs no model deployed from here.</source>
        <translation>Auf %1 läuft kein von hier bereitgestelltes Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2, deployed %3.</source>
        <translation>Auf %1 läuft %2, bereitgestellt am %3.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save deployment report</source>
        <translation>Bereitstellungsbericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report saved to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FirmwareController</name>
    <message>
        <location filename="../app/gui/codegen/FirmwareController.cpp" line="+20"/>
        <source>Generate &amp;firmware project…</source>
        <translation>&amp;Firmware-Projekt erzeugen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the firmware that runs the selected model on the chosen board (Ctrl+Shift+G)</source>
        <translation>Die Firmware schreiben, die das ausgewählte Modell auf dem gewählten Board ausführt (Strg+Umschalt+G)</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FirmwareProjectDialog</name>
    <message>
        <location filename="../app/gui/codegen/FirmwareProjectDialog.cpp" line="+49"/>
        <source>Generate firmware project</source>
        <translation>Firmware-Projekt erzeugen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PlatformIO project</source>
        <translation>PlatformIO-Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arduino sketch folder</source>
        <translation>Arduino-Sketch-Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generate even if the model does not &amp;fit the board (the README says why)</source>
        <translation>Auch erzeugen, wenn das Modell nicht auf das Board &amp;passt (die README nennt die Gründe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace what is in the folder</source>
        <translation>Inhalt des Ordners &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was generated</source>
        <translation>Was erzeugt wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fol&amp;der:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — no firmware template</source>
        <translation>%1 – keine Firmware-Vorlage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder of the firmware project</source>
        <translation>Ordner des Firmware-Projekts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a board and a folder.</source>
        <translation>Wählen Sie ein Board und einen Ordner.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The board or the model is no longer in the knowledge graph.</source>
        <translation>Das Board oder das Modell ist nicht mehr im Wissensgraphen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>. Tick “Generate even if the model does not fit” to generate it anyway.</source>
        <translation>. Kreuzen Sie „Auch erzeugen, wenn das Modell nicht passt“ an, um es trotzdem zu erzeugen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Tick “Replace what is in the folder” to replace it.</source>
        <translation>. Kreuzen Sie „Inhalt des Ordners ersetzen“ an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;&lt;b&gt;Generated in %1.&lt;/b&gt; Its README.md says how to build and flash it, and how to check it on an emulated Cortex-M4 with &lt;code&gt;tinyml-kg codegen … --check&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erzeugt in %1.&lt;/b&gt; Seine README.md beschreibt, wie es gebaut und geflasht wird und wie es mit &lt;code&gt;tinyml-kg codegen … --check&lt;/code&gt; auf einem emulierten Cortex-M4 geprüft wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The model does not fit this board&lt;/b&gt; (generated anyway, the README says so):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Modell passt nicht auf dieses Board&lt;/b&gt; (trotzdem erzeugt, die README sagt es):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;What was generated, and from which facts:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Was erzeugt wurde, und aus welchen Fakten:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;b&gt;To complete&lt;/b&gt; before the input means anything:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch zu ergänzen&lt;/b&gt;, bevor die Eingabe etwas bedeutet:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate again</source>
        <translation>&amp;Erneut erzeugen</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FleetTableModel</name>
    <message>
        <location filename="../app/gui/deploy/FleetTableModel.cpp" line="+57"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting (%1)</source>
        <translation>wird verbunden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sending %1 %</source>
        <translation>wird gesendet: %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 blocks/s</source>
        <translation>%1 Blöcke/s</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>arena %1 B</source>
        <translation>Arena %1 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inference %1 ms</source>
        <translation>Inferenz %1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>running, sent in %1 s</source>
        <translation>läuft, gesendet in %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · %1</source>
        <translation>läuft · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered in %1 s, not confirmed (the board reports no model status)</source>
        <translation>in %1 s geliefert, nicht bestätigt (das Board meldet keinen Modellstatus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1, at attempt %2</source>
        <translation>%1, beim %2. Versuch</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>loading the model</source>
        <translation>lädt das Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>geliefert</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n load failed</source>
        <translation>
            <numerusform>%n Laden fehlgeschlagen</numerusform>
            <numerusform>%n Laden fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivered without confirmation</source>
        <translation>
            <numerusform>%n ohne Bestätigung geliefert</numerusform>
            <numerusform>%n ohne Bestätigung geliefert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered, not confirmed</source>
        <translation>geliefert, nicht bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Found over Bluetooth; not linked to a board of the graph</source>
        <translation>Über Bluetooth gefunden; mit keinem Board des Wissensgraphen verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not seen</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployed %1</source>
        <translation>Bereitgestellt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not confirmed)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluetooth address</source>
        <translation>Bluetooth-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Aktuelles Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment and outcome</source>
        <translation>Bereitstellung und Ergebnis</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::GettingStartedDialog</name>
    <message>
        <location filename="../app/gui/help/GettingStartedDialog.cpp" line="+34"/>
        <location line="+30"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TinyML Manager keeps your models and boards in one knowledge graph and answers three questions about them without SPARQL. The first start opens a store with demonstration models and a catalogue of common boards, so every step below works at once.</source>
        <translation>TinyML Manager verwaltet Ihre Modelle und Boards in einem Wissensgraphen und beantwortet drei Fragen dazu, ganz ohne SPARQL. Beim ersten Start öffnet sich ein Speicher mit Demomodellen und einem Katalog gängiger Boards, sodass jeder der folgenden Schritte sofort funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Which models run on this board?</source>
        <translation>1. Welche Modelle laufen auf diesem Board?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+1) and choose a board in the list on the left. The table shows every model with whether it fits the board&apos;s RAM, Flash and sensors, and why not; click a column header to sort. Add, edit or delete boards with Ctrl+B, F2 and Del; every change can be undone with Ctrl+Z.</source>
        <translation>Öffnen Sie %1 (Strg+1) und wählen Sie links in der Liste ein Board aus. Die Tabelle zeigt für jedes Modell, ob es zu RAM, Flash und Sensoren des Boards passt, und falls nicht, warum; ein Klick auf eine Spaltenüberschrift sortiert die Tabelle. Mit Strg+B, F2 und Entf fügen Sie Boards hinzu, bearbeiten oder löschen sie; jede Änderung lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for a board</source>
        <translation>Modelle für ein Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Which boards can run this model?</source>
        <translation>2. Welche Boards können dieses Modell ausführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+2) and choose a model, or type requirements (RAM, Flash, sensors) for a model you do not have yet. Memory takes a unit: 256 kB, 512 KiB, 1 MB.</source>
        <translation>Öffnen Sie %1 (Strg+2) und wählen Sie ein Modell aus, oder geben Sie die Anforderungen (RAM, Flash, Sensoren) eines Modells ein, das Sie noch nicht haben. Speichergrößen werden mit Einheit angegeben: 256 kB, 512 KiB, 1 MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards for a model</source>
        <translation>Boards für ein Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Which models do this task?</source>
        <translation>3. Welche Modelle erfüllen diese Aufgabe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+3) and type a task such as &quot;keyword spotting&quot; or &quot;person detection&quot;. The models that match are listed with their accuracy, multiply-accumulate operations (MACs), RAM and Flash, so they can be compared; an unknown accuracy is shown as unknown and sorts last.</source>
        <translation>Öffnen Sie %1 (Strg+3) und geben Sie eine Aufgabe ein, etwa „keyword spotting“ oder „person detection“. Die passenden Modelle werden mit ihrer Genauigkeit, ihren Multiply-Accumulate-Operationen (MACs), RAM und Flash aufgelistet, sodass Sie sie vergleichen können; eine unbekannte Genauigkeit wird als „unbekannt“ angezeigt und zuletzt einsortiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for a task</source>
        <translation>Modelle für eine Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import models</source>
        <translation>Modelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Ctrl+I) or drop .tflite files on the window. Each file is analysed: its layers, operators, MACs and the RAM (tensor arena) and Flash it needs on each runtime. A form then asks for what the file cannot say, such as the sensors that feed the model and its task. A metadata sheet (Ctrl+Shift+I) describes many files at once; a Turtle snapshot (Ctrl+Alt+I) brings in another store&apos;s models and boards. Export a snapshot with Ctrl+E.</source>
        <translation>%1 (Strg+I) – oder ziehen Sie .tflite-Dateien auf das Fenster. Jede Datei wird analysiert: ihre Schichten, Operatoren und MACs sowie der RAM (Tensor-Arena) und Flash, den sie auf jeder Laufzeitumgebung braucht. Anschließend fragt ein Formular nach dem, was die Datei nicht verrät, etwa den Sensoren, die das Modell speisen, und seiner Aufgabe. Eine Metadatentabelle (Strg+Umschalt+I) beschreibt viele Dateien auf einmal; ein Turtle-Snapshot (Strg+Alt+I) übernimmt die Modelle und Boards eines anderen Speichers. Einen Snapshot exportieren Sie mit Strg+E.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import models…</source>
        <translation>Modelle importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open %1 (Ctrl+5), choose a model and one or more boards found over Bluetooth LE, and press Deploy. A board running the TinyML Manager firmware loads the model and reports whether it runs, with the tensor arena it used and the time of one inference; a board without that report is shown as delivered, not confirmed. A model that does not fit a board is sent only after you confirm it.</source>
        <translation>Öffnen Sie %1 (Strg+5), wählen Sie ein Modell und ein oder mehrere über Bluetooth LE gefundene Boards aus und klicken Sie auf „Bereitstellen“. Ein Board mit der TinyML-Manager-Firmware lädt das Modell und meldet, ob es läuft, zusammen mit der genutzten Tensor-Arena und der Dauer einer Inferenz; ein Board ohne diese Meldung wird als „geliefert, nicht bestätigt“ angezeigt. Ein Modell, das nicht zu einem Board passt, wird erst nach Ihrer Bestätigung gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you need more</source>
        <translation>Wenn Sie mehr brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 console (Ctrl+4) runs your own queries over the graph; its examples show how the three questions are asked. Stop ends a query at once, and a time limit in the settings ends the ones you forget. File ▸ Connect to SPARQL server opens a graph on GraphDB, Virtuoso or Fuseki when one machine is no longer enough.</source>
        <translation>Die %1-Konsole (Strg+4) führt Ihre eigenen Abfragen über den Graphen aus; ihre Beispiele zeigen, wie die drei Fragen gestellt werden. „Abbrechen“ beendet eine Abfrage sofort, und ein Zeitlimit in den Einstellungen beendet die, die Sie vergessen. Datei ▸ Mit SPARQL-Server verbinden öffnet einen Graphen auf GraphDB, Virtuoso oder Fuseki, wenn ein Rechner nicht mehr ausreicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPARQL</source>
        <translation>SPARQL</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::GraphSession</name>
    <message>
        <location filename="../app/gui/session/GraphSession.cpp" line="+162"/>
        <location line="+26"/>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the change was made for a store that is no longer open</source>
        <translation>die Änderung gehört zu einem Speicher, der nicht mehr geöffnet ist</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ImportController</name>
    <message>
        <location filename="../app/gui/import/ImportController.cpp" line="-346"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the new store</source>
        <translation>Ordner für den neuen Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not empty. Choose an empty folder for a new store, or use File ▸ Open store… for an existing one.</source>
        <translation>%1 ist nicht leer. Wählen Sie einen leeren Ordner für einen neuen Speicher oder öffnen Sie einen vorhandenen über Datei ▸ Speicher öffnen….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the new store with the board catalogue and the demonstration models?</source>
        <translation>Den neuen Speicher mit dem Board-Katalog und den Demomodellen anlegen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a store folder</source>
        <translation>Speicherordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import models</source>
        <translation>Modelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TensorFlow Lite models (*.tflite);;All files (*)</source>
        <translation>TensorFlow-Lite-Modelle (*.tflite);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+232"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+128"/>
        <source>Stop reading files</source>
        <translation>Lesen der Dateien abbrechen</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+169"/>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Nothing was imported:
%1</source>
        <translation>Es wurde nichts importiert:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another store was opened meanwhile</source>
        <translation>inzwischen wurde ein anderer Speicher geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Importing %n model(s)…</source>
        <translation>
            <numerusform>%n Modell wird importiert…</numerusform>
            <numerusform>%n Modelle werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+118"/>
        <source>Stop importing</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>the import was stopped before any model was added</source>
        <translation>der Import wurde abgebrochen, bevor ein Modell hinzugefügt war</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+43"/>
        <location line="+42"/>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="-153"/>
        <location line="+121"/>
        <source>%n model(s) added</source>
        <translation>
            <numerusform>%n Modell hinzugefügt</numerusform>
            <numerusform>%n Modelle hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-119"/>
        <source>the import was cancelled after them</source>
        <translation>danach wurde der Import abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not models: %1</source>
        <translation>keine Modelle: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+107"/>
        <location line="+1"/>
        <source>Import %n model(s)</source>
        <translation>
            <numerusform>%n Modell importieren</numerusform>
            <numerusform>%n Modelle importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Metadata sheet</source>
        <translation>Metadatentabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata sheets (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Metadatentabellen (*.tsv *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the models of %1…</source>
        <translation>Die Modelle von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+86"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Another store was opened meanwhile: %1 was not imported.</source>
        <translation>Inzwischen wurde ein anderer Speicher geöffnet: %1 wurde nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the models of %1…</source>
        <translation>Die Modelle aus %1 werden importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>, update %n</source>
        <translation>
            <numerusform>, %n aktualisieren</numerusform>
            <numerusform>, %n aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n bereits vorhanden</numerusform>
            <numerusform>, %n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; cancelled after them</source>
        <translation>; danach abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import snapshot</source>
        <translation>Snapshot importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDF (*.ttl *.nt *.json *.jsonld);;All files (*)</source>
        <translation>RDF (*.ttl *.nt *.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+42"/>
        <location line="+43"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s) updated.</source>
        <translation>
            <numerusform>%n Modell aktualisiert.</numerusform>
            <numerusform>%n Modelle aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select models in the table, or a board, to export them.</source>
        <translation>Wählen Sie Modelle in der Tabelle oder ein Board aus, um sie zu exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export snapshot</source>
        <translation>Snapshot exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::LayerTableModel</name>
    <message>
        <location filename="../app/gui/modelsforboard/LayerTableModel.cpp" line="+44"/>
        <source>Input</source>
        <translation>Eingabeschicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle %1</source>
        <translation>Zwischenschicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input shape</source>
        <translation>Eingabeform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output bytes</source>
        <translation>Ausgabe-Byte</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow/MainWindow.cpp" line="+54"/>
        <location line="+287"/>
        <source>TinyML Manager</source>
        <translation>TinyML Manager</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Models for a &amp;board</source>
        <translation>Modelle für ein B&amp;oard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards for a m&amp;odel</source>
        <translation>Boards für ein Mode&amp;ll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models for a &amp;task</source>
        <translation>Modelle für eine Auf&amp;gabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;PARQL</source>
        <translation>S&amp;PARQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deploy</source>
        <translation>Bere&amp;itstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The catalogue could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The store %1 could not be opened: %2</source>
        <translation>Der Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No store open: use File ▸ Open store…</source>
        <translation>Kein Speicher geöffnet: Verwenden Sie Datei ▸ Speicher öffnen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New store…</source>
        <translation>&amp;Neuer Speicher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open store…</source>
        <translation>Speicher &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to SPARQL se&amp;rver…</source>
        <translation>Mit SPARQL-Se&amp;rver verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ush to SPARQL server…</source>
        <translation>An SPARQL-Server &amp;übertragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import models…</source>
        <translation>Modelle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import models with a metadata &amp;sheet…</source>
        <translation>Modelle mit &amp;Metadatentabelle importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sna&amp;pshot…</source>
        <translation>&amp;Snapshot importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export snapshot…</source>
        <translation>Snapshot &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export se&amp;lection…</source>
        <translation>&amp;Auswahl exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the selected models and the chosen board</source>
        <translation>Die ausgewählten Modelle und das gewählte Board exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n Board</numerusform>
            <numerusform>%n Boards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+300"/>
        <location line="+9"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Models are still being deployed. Stop the deployments and quit?

Boards keep the unfinished transfer until the next deployment clears it.</source>
        <translation>Es werden noch Modelle bereitgestellt. Die Bereitstellungen abbrechen und beenden?

Die Boards behalten die unvollständige Übertragung, bis die nächste Bereitstellung sie entfernt.</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>&amp;Add board…</source>
        <translation>Board &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit board…</source>
        <translation>Board &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete board</source>
        <translation>Board &amp;löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TinyML Manager</source>
        <translation>Ü&amp;ber TinyML Manager</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another store was opened meanwhile, so this was not done: %1</source>
        <translation>Inzwischen wurde ein anderer Speicher geöffnet, daher wurde dies nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The board could not be saved: %1</source>
        <translation>Das Board konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The board %1 could not be saved: %2</source>
        <translation>Das Board %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add board %1</source>
        <translation>Board %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board %1</source>
        <translation>Board %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete board</source>
        <translation>Board löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the board %1 from the knowledge graph?

Edit ▸ Undo brings it back.</source>
        <translation>Das Board %1 aus dem Wissensgraphen löschen?

Mit Bearbeiten ▸ Rückgängig lässt es sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The board %1 could not be deleted: %2</source>
        <translation>Das Board %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete board %1</source>
        <translation>Board %1 löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link to board</source>
        <translation>Mit Board verknüpfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which board of the knowledge graph is %1 (%2)?</source>
        <translation>Welches Board des Wissensgraphen ist %1 (%2)?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The board %1 is not in the knowledge graph.</source>
        <translation>Das Board %1 ist nicht im Wissensgraphen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About TinyML Manager</source>
        <translation>Über TinyML Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TinyML Manager %1&lt;/h3&gt;&lt;p&gt;Manage TinyML models and IoT boards with a knowledge graph: which boards can run a model, which models run on a board, which models do a task.&lt;/p&gt;&lt;p&gt;It implements the semantic management of Ren, Anicic and Runkler, “How to Manage Tiny Machine Learning at Scale” (tinyML Research Symposium 2022).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyML Manager %1&lt;/h3&gt;&lt;p&gt;TinyML-Modelle und IoT-Boards mit einem Wissensgraphen verwalten: Welche Boards können ein Modell ausführen, welche Modelle laufen auf einem Board, welche Modelle erfüllen eine Aufgabe?&lt;/p&gt;&lt;p&gt;Die Anwendung setzt die semantische Verwaltung von Ren, Anicic und Runkler um, „How to Manage Tiny Machine Learning at Scale“ (tinyML Research Symposium 2022).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Models are still being imported. Stop the import and quit?

The models saved so far stay in the graph; the others are not imported.</source>
        <translation>Es werden noch Modelle importiert. Den Import abbrechen und beenden?

Die bisher gespeicherten Modelle bleiben im Graphen; die übrigen werden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::MemoryEdit</name>
    <message>
        <location filename="../app/gui/widgets/MemoryEdit.cpp" line="+61"/>
        <source>any (%1)</source>
        <translation>beliebig (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, or e.g. 0.5 MB, 512 KiB</source>
        <translation>%1 oder z. B. 0,5 MB, 512 KiB</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelController</name>
    <message>
        <location filename="../app/gui/modeledit/ModelController.cpp" line="+32"/>
        <source>Edit &amp;model…</source>
        <translation>&amp;Modell bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit what the graph says of the selected model (F2)</source>
        <translation>Bearbeiten, was der Graph über das gewählte Modell sagt (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete mo&amp;del</source>
        <translation>Mo&amp;dell löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected model from the knowledge graph (Del)</source>
        <translation>Das gewählte Modell aus dem Wissensgraphen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the model %1 from the knowledge graph?

Its deployment history stays. Edit ▸ Undo brings the model back.</source>
        <translation>Das Modell %1 aus dem Wissensgraphen löschen?

Sein Verteilungsverlauf bleibt erhalten. Bearbeiten ▸ Rückgängig holt das Modell zurück.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model cannot be edited: %1</source>
        <translation>Das Modell kann nicht bearbeitet werden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <location line="+33"/>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The model %1 could not be saved: %2</source>
        <translation>Das Modell %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model %1 could not be deleted: %2</source>
        <translation>Das Modell %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model %1</source>
        <translation>Modell %1 löschen</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelDetailsPanel</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelDetailsPanel.cpp" line="-85"/>
        <source>scale %1, zero point %2</source>
        <translation>Skala %1, Nullpunkt %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model overview</source>
        <translation>Modellübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inputs and outputs</source>
        <translation>Ein- und Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inputs and outputs</source>
        <translation>&amp;Ein- und Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layers</source>
        <translation>Schi&amp;chten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deplo&amp;y…</source>
        <translation>Berei&amp;tstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this model to the chosen board over Bluetooth LE, or choose boards in the Deploy view</source>
        <translation>Dieses Modell über Bluetooth LE an das gewählte Board senden oder Boards in der Ansicht „Bereitstellen“ auswählen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;p&gt;Select a model to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Modell aus, um seine Details anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Reading the model…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Das Modell wird gelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (tensor arena)</source>
        <translation>RAM (Tensor-Arena)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source> (the paper&apos;s figure)</source>
        <translation> (der Wert des Papers)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot run: %1</source>
        <translation>nicht ausführbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM %1, Flash %2</source>
        <translation>RAM %1, Flash %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete MAC count</source>
        <translation>Vollständige MAC-Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arena on %1</source>
        <translation>Arena auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes planned + %2 bytes persistent</source>
        <translation>%1 Byte geplant + %2 Byte dauerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash on %1</source>
        <translation>Flash auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes of model + %2 bytes of runtime code</source>
        <translation>%1 Byte Modell + %2 Byte Code der Laufzeitumgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model file could not be read:</source>
        <translation>Die Modelldatei konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h4&gt;In the knowledge graph&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Im Wissensgraphen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h4&gt;Inputs&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Eingaben&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h4&gt;Outputs&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ausgaben&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h4&gt;Output labels&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ausgabe-Labels&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelDialog</name>
    <message>
        <location filename="../app/gui/modeledit/ModelDialog.cpp" line="+16"/>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Without sensors the model fits no board: its sensors are unknown.</source>
        <translation>Ohne Sensoren passt das Modell auf kein Board: seine Sensoren sind unbekannt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model could not be saved: %1</source>
        <translation>Das Modell konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelFitTableModel</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelFitTableModel.cpp" line="+118"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM headroom</source>
        <translation>RAM-Reserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash headroom</source>
        <translation>Flash-Reserve</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelImportDialog</name>
    <message>
        <location filename="../app/gui/import/ModelImportDialog.cpp" line="+109"/>
        <source>Import models</source>
        <translation>Modelle importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models to import</source>
        <translation>Zu importierende Modelle</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not imported (not TensorFlow Lite models):</source>
        <translation>Nicht importiert (keine TensorFlow-Lite-Modelle):</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Import %n model(s)</source>
        <translation>
            <numerusform>%n Modell &amp;importieren</numerusform>
            <numerusform>%n Modelle &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-159"/>
        <source>&lt;b&gt;From the file&lt;/b&gt; (%1): %2 MACs</source>
        <translation>&lt;b&gt;Aus der Datei&lt;/b&gt; (%1): %2 MACs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot run it%1</source>
        <translation>kann es nicht ausführen%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RAM %1</source>
        <translation>RAM %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash %1</source>
        <translation>Flash %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unknown</source>
        <translation>Flash unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;The file suggests no sensor: say which feed its input.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datei schlägt keinen Sensor vor: Geben Sie an, welche die Eingabe liefern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested sensors&lt;/b&gt; (applied):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorgeschlagene Sensoren&lt;/b&gt; (übernommen):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested sensors&lt;/b&gt; (not yet applied):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorgeschlagene Sensoren&lt;/b&gt; (noch nicht übernommen):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Double-click or type to edit a cell; Ctrl+D fills the selection down</source>
        <translation>Doppelklicken oder tippen, um eine Zelle zu bearbeiten; Strg+D füllt die Auswahl nach unten aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>&amp;Fill down</source>
        <translation>Nach unten &amp;ausfüllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the first selected row&apos;s cells to the other selected rows (Ctrl+D); a single cell takes the value above it</source>
        <translation>Die Zellen der ersten gewählten Zeile in die anderen gewählten Zeilen kopieren (Strg+D); eine einzelne Zelle übernimmt den Wert darüber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use suggested sensors</source>
        <translation>Vorgeschlagene Sensoren &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected rows take the sensors their files suggest</source>
        <translation>Die gewählten Zeilen übernehmen die Sensoren, die ihre Dateien vorschlagen</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>None of the files is a TensorFlow Lite model.</source>
        <translation>Keine der Dateien ist ein TensorFlow-Lite-Modell.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n model(s) without sensors: they fit no board until their sensors are known (Edit model, or the suggestions).</source>
        <translation>
            <numerusform>%n Modell ohne Sensoren: es passt auf kein Board, bis seine Sensoren bekannt sind (Modell bearbeiten oder die Vorschläge).</numerusform>
            <numerusform>%n Modelle ohne Sensoren: sie passen auf kein Board, bis ihre Sensoren bekannt sind (Modell bearbeiten oder die Vorschläge).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The models could not be imported: %1</source>
        <translation>Die Modelle konnten nicht importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelImportTableModel</name>
    <message>
        <location filename="../app/gui/import/ModelImportTableModel.cpp" line="+49"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested sensors</source>
        <translation>Vorgeschlagene Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No sensor is stated: the model fits no board until its sensors are known. Type them (&quot;Microphone, Camera&quot;), tick them in the form or use the suggestion.</source>
        <translation>Kein Sensor angegeben: Das Modell passt auf kein Board, bis seine Sensoren bekannt sind. Tippen Sie sie ein (&quot;Mikrofon, Kamera&quot;), kreuzen Sie sie im Formular an oder übernehmen Sie den Vorschlag.</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelInfoForm</name>
    <message>
        <location filename="../app/gui/modeledit/ModelInfoForm.cpp" line="+37"/>
        <source>e.g. 2024-05-31</source>
        <translation>z. B. 2024-05-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric value</source>
        <translation>Wert der Metrik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address of the training data set</source>
        <translation>Adresse des Trainingsdatensatzes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (paper or page)</source>
        <translation>https://… (Artikel oder Webseite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (code repository)</source>
        <translation>https://… (Code-Repository)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. MP34DT05 microphone, 16 kHz</source>
        <translation>z. B. Mikrofon MP34DT05, 16 kHz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensors:</source>
        <translation>&amp;Sensoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor &amp;note:</source>
        <translation>Sensor&amp;hinweis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training data:</source>
        <translation>&amp;Trainingsdaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator:</source>
        <translation>E&amp;rsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itation:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code &amp;repository:</source>
        <translation>&amp;Code-Repository:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input means:</source>
        <translation>Bedeutung der &amp;Eingabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output means:</source>
        <translation>Bedeutung der &amp;Ausgabe:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the value is not known</source>
        <translation>0 bedeutet, dass der Wert nicht bekannt ist</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the model needs a name</source>
        <translation>das Modell braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the citation must be an address such as https://…</source>
        <translation>die Quelle muss eine Adresse wie https://… sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code repository must be an address such as https://…</source>
        <translation>das Code-Repository muss eine Adresse wie https://… sein</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelUpdatesDialog</name>
    <message>
        <location filename="../app/gui/import/ModelUpdatesDialog.cpp" line="+16"/>
        <source>Update models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 describes %n model(s) of the knowledge graph again.</source>
        <translation>
            <numerusform>%1 beschreibt %n Modell des Wissensgraphen erneut.</numerusform>
            <numerusform>%1 beschreibt %n Modelle des Wissensgraphen erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It also adds %n new model(s).</source>
        <translation>
            <numerusform>Außerdem kommt %n neues Modell hinzu.</numerusform>
            <numerusform>Außerdem kommen %n neue Modelle hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields change; Edit ▸ Undo takes the whole import back.</source>
        <translation>Diese Felder ändern sich; Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and field</source>
        <translation>Modell und Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the import</source>
        <translation>Nach dem Import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForBoardView</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelsForBoardView.cpp" line="+43"/>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only models that &amp;fit</source>
        <translation>&amp;Nur passende Modelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models for the board</source>
        <translation>Modelle für das Board</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the paper&apos;s runtime (the board names none)</source>
        <translation>der Laufzeitumgebung des Papers (das Board nennt keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a board to see which models run on it.</source>
        <translation>Wählen Sie ein Board aus, um zu sehen, welche Modelle darauf laufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source> (not saved in the knowledge graph)</source>
        <translation> (nicht im Wissensgraphen gespeichert)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Models for &lt;b&gt;%1&lt;/b&gt;: %2 RAM, %3 Flash, sensors: %4; needs on %5</source>
        <translation>Modelle für &lt;b&gt;%1&lt;/b&gt;: %2 RAM, %3 Flash, Sensoren: %4; Bedarf auf %5</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of %2 models fit; %3 shown</source>
        <translation>%1 von %2 Modellen passen; %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForTaskView</name>
    <message>
        <location filename="../app/gui/modelsfortask/ModelsForTaskView.cpp" line="+25"/>
        <source>e.g. keyword spotting, person, gesture</source>
        <translation>z. B. keyword spotting, person, gesture</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>words in the training data set&apos;s address</source>
        <translation>Wörter in der Adresse des Trainingsdatensatzes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Task:</source>
        <translation>A&amp;ufgabe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sensor:</source>
        <translation>&amp;Sensor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training &amp;data:</source>
        <translation>&amp;Trainingsdaten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for the task</source>
        <translation>Modelle für die Aufgabe</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n model(s) match.</source>
        <translation>
            <numerusform>%n Modell gefunden.</numerusform>
            <numerusform>%n Modelle gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Searched in the name, description, category, training data and sensors; the field&apos;s names for a task count alike (KWS, wake word, keyword spotting).</source>
        <translation>Gesucht wird in Name, Beschreibung, Kategorie, Trainingsdaten und Sensoren; die im Fach üblichen Namen einer Aufgabe gelten gleich (KWS, wake word, keyword spotting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best match first</source>
        <translation>&amp;Beste Treffer zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order the models by how well they match the task</source>
        <translation>Die Modelle danach ordnen, wie gut sie zur Aufgabe passen</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::QueryResultExport</name>
    <message>
        <location filename="../app/gui/console/QueryResultExport.cpp" line="+15"/>
        <source>SPARQL results as CSV (*.csv)</source>
        <translation>SPARQL-Ergebnisse als CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPARQL results as TSV (*.tsv)</source>
        <translation>SPARQL-Ergebnisse als TSV (*.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPARQL results as JSON (*.json *.srj)</source>
        <translation>SPARQL-Ergebnisse als JSON (*.json *.srj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Results exported to %1</source>
        <translation>Ergebnisse nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results could not be exported to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ServerController</name>
    <message>
        <location filename="../app/gui/server/ServerController.cpp" line="+34"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Push to SPARQL server</source>
        <translation>An SPARQL-Server übertragen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password was not saved in the keyring (%1); it is used for this session only.</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert (%1); es wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password or token for %1 in the keyring: enter it in the connection dialog.</source>
        <translation>Im Schlüsselbund ist kein Passwort oder Token für %1 hinterlegt: Geben Sie es im Verbindungsdialog ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyring could not be read (%1): enter the password or token in the connection dialog.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Geben Sie das Passwort oder Token im Verbindungsdialog ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pushing the knowledge graph to %1…</source>
        <translation>Der Wissensgraph wird an %1 übertragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop pushing</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The knowledge graph was pushed to %1.</source>
        <translation>Der Wissensgraph wurde an %1 übertragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was pushed to %1; its graph is as it was: %2</source>
        <translation>Es wurde nichts an %1 übertragen; dessen Graph ist unverändert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 could not be opened: %2</source>
        <translation>Der Server %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted:

%1

Trust this certificate from now on? Compare its SHA-256 fingerprint with the one the server&apos;s administrator gives you:
%2</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig:

%1

Diesem Zertifikat künftig vertrauen? Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt:
%2</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ServerDialog</name>
    <message>
        <location filename="../app/gui/server/ServerDialog.cpp" line="+33"/>
        <source>Connect to SPARQL server</source>
        <translation>Mit SPARQL-Server verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query endpoint</source>
        <translation>der Abfrage-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: bulk transfers use SPARQL Update</source>
        <translation>keiner: Massenübertragungen verwenden SPARQL Update</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name and password (basic or digest)</source>
        <translation>Benutzername und Passwort (Basic oder Digest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the keyring when left empty</source>
        <translation>aus dem Schlüsselbund, wenn leer gelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember it in the desktop keyring</source>
        <translation>Im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint of a certificate to trust</source>
        <translation>SHA-256-Fingerabdruck eines vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Query endpoint:</source>
        <translation>Ab&amp;frage-Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update endpoint:</source>
        <translation>&amp;Update-Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph &amp;Store endpoint:</source>
        <translation>Graph-&amp;Store-Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Graph:</source>
        <translation>&amp;Graph:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trusted certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store folder</source>
        <translation>Speicherordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Default</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kB (1000 bytes, as the ontology)</source>
        <translation>kB (1000 Byte, wie in der Ontologie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KiB (1024 bytes)</source>
        <translation>KiB (1024 Byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SPARQL console query that runs longer is stopped</source>
        <translation>Eine Abfrage der SPARQL-Konsole, die länger läuft, wird abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Store folder:</source>
        <translation>Speicher&amp;ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Memory unit:</source>
        <translation>&amp;Einheit für Speichergrößen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query time limit:</source>
        <translation>&amp;Zeitlimit für Abfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache wird beim nächsten Start wirksam.</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::SparqlConsole</name>
    <message>
        <location filename="../app/gui/console/SparqlConsole.cpp" line="+31"/>
        <source>Example queries</source>
        <translation>Beispielabfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples…</source>
        <translation>Beispiele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case 1: which boards can run a model</source>
        <translation>Fall 1: Welche Boards können ein Modell ausführen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case 2: which models run on a board</source>
        <translation>Fall 2: Welche Modelle laufen auf einem Board?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case 3: which models do a task, benchmarked</source>
        <translation>Fall 3: Welche Modelle erfüllen eine Aufgabe, mit Benchmark-Werten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What runs where: each board&apos;s deployed model</source>
        <translation>Was läuft wo: das bereitgestellte Modell jedes Boards</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queries run before</source>
        <translation>Bisher ausgeführte Abfragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SPARQL query</source>
        <translation>SPARQL-Abfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100</source>
        <translation>SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running query (Esc)</source>
        <translation>Die laufende Abfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the results as SPARQL CSV, TSV or JSON</source>
        <translation>Die Ergebnisse als SPARQL-CSV, -TSV oder -JSON speichern</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after %1.</source>
        <translation>Nach %1 abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The query ran longer than the time limit of %n s and was stopped.</source>
        <translation>
            <numerusform>Die Abfrage lief länger als das Zeitlimit von %n s und wurde abgebrochen.</numerusform>
            <numerusform>Die Abfrage lief länger als das Zeitlimit von %n s und wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer: %1 (%2)</source>
        <translation>Antwort: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n triple(s) in %1</source>
        <translation>
            <numerusform>%n Tripel in %1</numerusform>
            <numerusform>%n Tripel in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n Zeile in %1</numerusform>
            <numerusform>%n Zeilen in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::kg::BoardChecks</name>
    <message>
        <location filename="../libkg/kg/BoardDescriber.cpp" line="+37"/>
        <source>the board needs a name</source>
        <translation>das Board braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM must be more than 0 kB</source>
        <translation>RAM muss größer als 0 kB sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash must be more than 0 kB</source>
        <translation>Flash muss größer als 0 kB sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown runtime &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Laufzeitumgebung „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown sensor class &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Sensorklasse „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::KnowledgeGraph</name>
    <message>
        <location filename="../libkg/kg/KnowledgeGraph.cpp" line="+69"/>
        <source>import cancelled: nothing was added</source>
        <translation>Import abgebrochen: Es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: already in the graph (sha256 %2)</source>
        <translation>%1: bereits im Wissensgraphen (sha256 %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: same file as %2 (sha256 %3)</source>
        <translation>%1: dieselbe Datei wie %2 (sha256 %3)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: unknown RDF format (use .ttl or .nt)</source>
        <translation>%1: unbekanntes RDF-Format (verwenden Sie .ttl oder .nt)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1: not in the knowledge graph</source>
        <translation>%1: nicht im Wissensgraphen</translation>
    </message>
    <message>
        <location filename="../libkg/kg/KnowledgeGraphModels.cpp" line="+76"/>
        <source>the model needs a name</source>
        <translation>das Modell braucht einen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sensor &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Sensor &apos;%1&apos; (einer von %2)</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::ModelFields</name>
    <message>
        <location filename="../app/gui/import/ModelUpdatesDialog.cpp" line="-10"/>
        <location line="+1"/>
        <location filename="../libkg/kg/ModelFacts.cpp" line="+306"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../libkg/kg/KnowledgeGraphModels.cpp" line="+17"/>
        <location filename="../libkg/kg/ModelFacts.cpp" line="-152"/>
        <source>%1: no model of the knowledge graph</source>
        <translation>%1: kein Modell des Wissensgraphen</translation>
    </message>
    <message>
        <location filename="../libkg/kg/ModelFacts.cpp" line="+124"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor note</source>
        <translation>Sensorhinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric value</source>
        <translation>Wert der Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code repository</source>
        <translation>Code-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input means</source>
        <translation>Eingabe bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output means</source>
        <translation>Ausgabe bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime platform</source>
        <translation>Laufzeitplattform</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::OpeningChecks</name>
    <message>
        <location filename="../libkg/kg/GraphOpening.cpp" line="+68"/>
        <source>cannot copy the seed file %1 to %2</source>
        <translation>die Startdatei %1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot make a temporary folder for the seed data: %1</source>
        <translation>für die Startdaten kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the seed data holds no ontology or no boards</source>
        <translation>die Startdaten enthalten keine Ontologie oder keine Boards</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot add the ontology and the boards: %1</source>
        <translation>die Ontologie und die Boards können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the demo models&apos; sheet: %1</source>
        <translation>die Tabelle der Demomodelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add the demo models: %1</source>
        <translation>die Demomodelle können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created %1 with the ontology, %2 boards and %3 demonstration models</source>
        <translation>%1 mit der Ontologie, %2 Boards und %3 Demomodellen angelegt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot create the store: this program carries no seed data (%2: ontology, boards and demo models; it is built into executables that link tinyml_seed_resources)</source>
        <translation>%1: der Speicher kann nicht angelegt werden: dieses Programm enthält keine Startdaten (%2: Ontologie, Boards und Demomodelle; sie sind in Programme eingebaut, die tinyml_seed_resources einbinden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot create the store folder</source>
        <translation>%1: der Speicherordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: an earlier creation of the store was cut off; creating it again</source>
        <translation>%1: ein früheres Anlegen des Speichers wurde abgebrochen; er wird neu angelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write in the store folder: %2</source>
        <translation>%1: in den Speicherordner kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot create the store, so it was removed again: %2</source>
        <translation>%1: der Speicher kann nicht angelegt werden und wurde wieder entfernt: %2</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::SensorSuggestions</name>
    <message>
        <location filename="../libkg/kg/SensorSuggestions.cpp" line="+103"/>
        <location line="+8"/>
        <source>its name or description says “%1”</source>
        <translation>sein Name oder seine Beschreibung sagt „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its labels are spoken words (%1)</source>
        <translation>seine Klassen sind gesprochene Wörter (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its input %1 is a window of %2 samples of %3 motion axes</source>
        <translation>seine Eingabe %1 ist ein Fenster von %2 Messwerten auf %3 Bewegungsachsen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its input %1 is an image</source>
        <translation>seine Eingabe %1 ist ein Bild</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its input %1 looks like audio features (%2 frames of %3 coefficients)</source>
        <translation>seine Eingabe %1 sieht nach Audiomerkmalen aus (%2 Frames zu %3 Koeffizienten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its input of %1 values is 49 frames of %2 audio features (1 s of audio, flattened)</source>
        <translation>seine Eingabe aus %1 Werten sind 49 Frames zu %2 Audiomerkmalen (1 s Audio, abgeflacht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its input is a window of %1 samples, as raw audio is</source>
        <translation>seine Eingabe ist ein Fenster von %1 Abtastwerten, wie rohes Audio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its input of %1 values could be %2 samples of 6 motion axes, flattened</source>
        <translation>seine Eingabe aus %1 Werten könnten %2 Messwerte auf 6 Bewegungsachsen sein, abgeflacht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its input of %1 values could be %2 samples of 3 motion axes, flattened</source>
        <translation>seine Eingabe aus %1 Werten könnten %2 Messwerte auf 3 Bewegungsachsen sein, abgeflacht</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::SheetChecks</name>
    <message>
        <location filename="../libkg/kg/ModelInfoSheet.cpp" line="+82"/>
        <source>%1: the sheet is empty</source>
        <translation>%1: Die Tabelle ist leer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: line 1: no Name column</source>
        <translation>%1: Zeile 1: keine Spalte Name</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Name cell is empty</source>
        <translation>die Zelle Name ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sensor &apos;%1&apos; (a code 0-5 or a sensor class such as GasSensor)</source>
        <translation>unbekannter Sensor „%1“ (ein Code 0–5 oder eine Sensorklasse wie GasSensor)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown metric code &apos;%1&apos; (0-2)</source>
        <translation>unbekannter Metrik-Code „%1“ (0–2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric_value &apos;%1&apos; is not a number</source>
        <translation>metric_value „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric_value &apos;%1&apos; is not an accuracy in percent (0-100)</source>
        <translation>metric_value „%1“ ist keine Genauigkeit in Prozent (0–100)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown category code &apos;%1&apos; (0-4)</source>
        <translation>unbekannter Kategorie-Code „%1“ (0–4)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: line %2: no model file for &apos;%3&apos; (looked for %4 and models/%4)</source>
        <translation>%1: Zeile %2: keine Modelldatei für „%3“ (gesucht: %4 und models/%4)</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::ThingDescriptionChecks</name>
    <message>
        <location filename="../libkg/kg/ThingDescriptionJson.cpp" line="+103"/>
        <source>id &apos;%1&apos; is not an absolute IRI; the Thing was named %2</source>
        <translation>id „%1“ ist keine absolute IRI; das Thing wurde %2 genannt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not mapped; left out</source>
        <translation>„%1“ wird nicht abgebildet; ausgelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown member &apos;%1&apos; skipped</source>
        <translation>unbekanntes Element „%1“ übersprungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1s: &apos;%2&apos; is not a language tag; skipped</source>
        <translation>%1s: „%2“ ist kein Sprach-Tag; übersprungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown sensor class &apos;%1&apos; skipped</source>
        <translation>unbekannte Sensorklasse „%1“ übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tinyml:%1 is not understood (or has the wrong type); skipped</source>
        <translation>tinyml:%1 wird nicht verstanden (oder hat den falschen Typ); übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an object; skipped</source>
        <translation>„%1“ ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a Thing Description is a JSON object</source>
        <translation>%1: Eine Thing Description ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>@context (naming https://www.w3.org/2022/wot/td/v1.1 or .../2019/wot/td/v1)</source>
        <translation>@context (mit https://www.w3.org/2022/wot/td/v1.1 oder .../2019/wot/td/v1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a Thing Description: missing %2</source>
        <translation>%1: keine Thing Description: es fehlt %2</translation>
    </message>
</context>
<context>
    <name>tinyml::store::JournalChecks</name>
    <message>
        <location filename="../libkg/store/redland/StoreJournal.cpp" line="+73"/>
        <source>%1: cannot create the store folder</source>
        <translation>%1: der Speicherordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: the store is open in another process (%2, pid %3)</source>
        <translation>%1: der Speicher ist in einem anderen Prozess geöffnet (%2, PID %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot lock the store folder (is it writable?)</source>
        <translation>%1: der Speicherordner kann nicht gesperrt werden (ist er beschreibbar?)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1: cannot cut off an interrupted transaction (%2)</source>
        <translation>%1: eine unterbrochene Transaktion kann nicht abgeschnitten werden (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: cannot record the change (%2)</source>
        <translation>%1: die Änderung kann nicht aufgezeichnet werden (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot empty the journal (%2)</source>
        <translation>%1: das Journal kann nicht geleert werden (%2)</translation>
    </message>
</context>
</TS>
