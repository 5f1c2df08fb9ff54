/** The catalogue (事项目录): approval items, their versions and service guides (七公开). */
package org.openhall.catalogue;
