/**
 * Who may read which figures: the dashboard page itself is public (it shows nothing until an operator signs in
 * with a token); every figure, export, stream and rebuild is the operations centre's, except that a palace's
 * coordinator may read that palace's own figures. docs/security.md has the table.
 */
package cn.workerspalace.projection.access;
