// placeholder until the arena spec is in
#include <QtTest>
class TestArenaEstimator : public QObject { Q_OBJECT private slots: void none() {} };
QTEST_APPLESS_MAIN(TestArenaEstimator)
#include "tst_arenaestimator.moc"
