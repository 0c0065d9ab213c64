/**
 * The dev issuer of the local run: an RSA key pair kept in the stack's data directory, whose public key the three
 * services trust, and signed tokens of every role from the command line ({@code --token}).
 */
package cn.workerspalace.localstack.token;
