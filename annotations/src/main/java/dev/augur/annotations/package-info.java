/**
 * The annotations of Augur's entities and DAOs.
 *
 * <p>All have {@code CLASS} retention: no reflection reads them at run time, but the processor must
 * still see them on types compiled earlier, such as an entity in a library jar that a DAO of this
 * compilation returns, or a DAO interface extending one from a jar.
 */
package dev.augur.annotations;
