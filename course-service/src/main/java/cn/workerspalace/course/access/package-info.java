/**
 * Who may change what in this service: palaces are the operations centre's; a palace's service points, courses
 * and classes are its coordinator's (and the operations centre's, which stands in for any palace). Reads of
 * palaces, service points, courses and classes are open to every signed-in user. docs/security.md has the table.
 */
package cn.workerspalace.course.access;
