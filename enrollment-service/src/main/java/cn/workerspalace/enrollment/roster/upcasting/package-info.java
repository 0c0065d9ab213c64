/**
 * Schema evolution of the roster's stored events: Axon upcasters that read payloads written under an older
 * revision of an event as its current revision, before any aggregate or event processor sees them. The event store
 * is never rewritten; each upcaster converts one revision to the next on the JSON (Jackson {@code JsonNode}) form.
 * {@code TraineeSignedUpEvent} 1 -> 2: {@code servicePointId} added, null for sign-ups stored before it.
 */
package cn.workerspalace.enrollment.roster.upcasting;
