/**
 * The consistency check of issue 5: recomputes the figures from the write side's event stores, with a fold of its
 * own of the rules in api.md ("Meaning of the figures"), and compares them with what projection-service answers.
 * It shares no code with the projection, so that a mistake in one is not repeated by the other.
 */
package cn.workerspalace.localstack.consistency;
