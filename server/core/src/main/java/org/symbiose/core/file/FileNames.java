package org.symbiose.core.file;

import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.file.FileStore;

/** Uploaded file names made plain: the last path segment, no control or quoting characters. */
final class FileNames {

    private FileNames() {
    }

    /**
     * The name to keep for {@code given}.
     *
     * @throws FileRefusedException (BAD_NAME) if nothing usable is left, or it is too long
     */
    static String safe(String given) {
        if (given == null) {
            throw badName("Give the file a name");
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?;]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            throw badName("The file name \"" + given.strip() + "\" is not usable: give a plain name such as photo.png");
        }
        if (name.length() > FileStore.MAX_NAME) {
            throw badName("A file name has at most " + FileStore.MAX_NAME + " characters");
        }
        return name;
    }

    private static FileRefusedException badName(String message) {
        return new FileRefusedException(FileRefusedException.Reason.BAD_NAME, message);
    }
}
