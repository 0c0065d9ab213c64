/**
 * HTTP concerns shared by the controllers: every refusal as RFC 9457 problem details (400 naming the parameter,
 * 404 the unknown resource, 409 the rule that refused it), and nothing about the server's internals in an answer.
 */
package cn.workerspalace.projection.web;
