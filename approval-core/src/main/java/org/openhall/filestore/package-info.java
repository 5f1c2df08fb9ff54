/** Content-addressed file storage (SHA-256) under the data folder, for materials and licences. */
package org.openhall.filestore;
