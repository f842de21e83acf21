package org.symbiose.spi.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one method of a plugin's {@link RestEndpoint} take a request body larger than the API's usual limit
 * ({@code symbiose.api.max-body-bytes}, 1 MB by default): a file upload in a protocol of its own (AtomPub's media
 * collection, an XML-RPC call carrying a file in base64) or an import file. The plugin still checks what it reads.
 *
 * @since 1.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

    /** Which larger limit applies. */
    Kind value();

    /** The larger limits. */
    enum Kind {
        /**
         * One file of the file store's largest size ({@code symbiose.files.max-bytes}), possibly base64-encoded
         * (a third more) inside an envelope of up to 64 KB.
         */
        FILE,
        /** An import file, up to {@code symbiose.api.max-import-bytes} (4 GB by default). */
        IMPORT
    }
}
