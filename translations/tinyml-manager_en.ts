<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tinyml::gui::DeployView</name>
    <message numerus="yes">
        <location filename="../app/gui/deploy/DeployView.cpp" line="+390"/>
        <source>%1: %2 of %n board(s) confirmed the model.</source>
        <translation>
            <numerusform>%1: %2 of %n board confirmed the model.</numerusform>
            <numerusform>%1: %2 of %n boards confirmed the model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Deploying %1 to %n board(s)…</source>
        <translation>
            <numerusform>Deploying %1 to %n board…</numerusform>
            <numerusform>Deploying %1 to %n boards…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FleetTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/deploy/FleetTableModel.cpp" line="+23"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ImportController</name>
    <message numerus="yes">
        <location filename="../app/gui/import/ImportController.cpp" line="+164"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Importing %n model(s)…</source>
        <translation>
            <numerusform>Importing %n model…</numerusform>
            <numerusform>Importing %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <location line="+50"/>
        <source>%n model(s) added</source>
        <translation>
            <numerusform>%n model added</numerusform>
            <numerusform>%n models added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <location line="+42"/>
        <source>Import %n model(s)</source>
        <translation>
            <numerusform>Import %n model</numerusform>
            <numerusform>Import %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow/MainWindow.cpp" line="+275"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n board</numerusform>
            <numerusform>%n boards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelImportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/import/ModelImportDialog.cpp" line="+153"/>
        <source>&amp;Import %n model(s)</source>
        <translation>
            <numerusform>&amp;Import %n model</numerusform>
            <numerusform>&amp;Import %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForBoardView</name>
    <message numerus="yes">
        <location filename="../app/gui/modelsforboard/ModelsForBoardView.cpp" line="+142"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForTaskView</name>
    <message numerus="yes">
        <location filename="../app/gui/modelsfortask/ModelsForTaskView.cpp" line="+98"/>
        <source>%n model(s) match.</source>
        <translation>
            <numerusform>%n model match.</numerusform>
            <numerusform>%n models match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::gui::SparqlConsole</name>
    <message numerus="yes">
        <location filename="../app/gui/console/SparqlConsole.cpp" line="+145"/>
        <source>%n triple(s) in %1</source>
        <translation>
            <numerusform>%n triple in %1</numerusform>
            <numerusform>%n triples in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n row in %1</numerusform>
            <numerusform>%n rows in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
