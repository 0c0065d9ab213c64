/**
 * Rebuilding every read model from the event topics: a consumer of no group reads both topics from their first
 * offset into a fresh schema ({@code rebuild_<id>}, created by the same Flyway migrations) while the live listeners
 * go on with the current tables; then, the live listeners paused and every writer locked out, it reads the last
 * records and swaps the tables in one transaction, and the live listeners go on with the new ones. Started by
 * {@code POST /api/admin/rebuild} or by {@code --rebuild} on the command line; one at a time per database.
 */
package cn.workerspalace.projection.rebuild;
