/**
 * The palace aggregate (a palace and its service points) and the lookup tables its rules are checked against:
 * every palace id with its level and city code, and every service point id, kept in the event's own transaction
 * and guarded by unique indexes.
 */
package cn.workerspalace.course.palace.command;
