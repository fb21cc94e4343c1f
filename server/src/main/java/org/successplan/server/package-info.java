/** Success Plan Exchange server: the application entry point; features live in sub-packages. */
package org.successplan.server;
