/**
 * What tests of the running system share, whether they run here (the system tests) or in the fault-tests module: the
 * stack itself, started once a run ({@link cn.workerspalace.localstack.testkit.RunningStack}), a JSON client of the
 * public API ({@link cn.workerspalace.localstack.testkit.Http}), a palace's figures as the projection reports them,
 * and the palaces, classes and workers the tests register.
 */
package cn.workerspalace.localstack.testkit;
