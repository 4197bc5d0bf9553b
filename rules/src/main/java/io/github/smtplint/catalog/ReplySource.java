package io.github.smtplint.catalog;

/** How firmly the catalog knows a basic reply code. */
public enum ReplySource {
    /** Defined by RFC 5321. */
    STANDARD,
    /** Defined by an extension RFC whose text the catalog was built from. */
    EXTENSION,
    /** Defined by an RFC known from quotations, and confirmed by the IANA enhanced-status registry. */
    SECONDARY,
    /** Only the IANA enhanced-status registry lists it, as a basic code associated with an enhanced code. */
    REGISTRY,
    /** A vendor's code, declared in the catalog extension file the user configured. */
    VENDOR
}
