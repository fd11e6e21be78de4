#pragma once

#include <QtCore/QString>

namespace clientele {

// Why a database could not be opened or used, in words for the owner.
struct DatabaseError
{
    enum class Kind {
        None,
        Locked,       // another Clientele has the file open
        NotClientele, // a file, maybe a database, but not ours
        Damaged,      // truncated or corrupted
        TooNew,       // written by a newer Clientele
        Io,           // cannot read or write the file
        Sql,          // a statement failed (a bug or a full disk)
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace clientele
