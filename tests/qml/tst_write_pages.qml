import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink
import VaultlinkTest

// The pages that write records, with the real view-models over the real core (ViewModels) and the
// stand-in server (Server): a new record's choices, the editor's checks, the generator, the
// Record page's actions, and the Conflicts page. The vault is linked and unlocked first if an
// earlier test file has not done it.
TestCase {
    name: "WritePages"
    when: windowShown
    visible: true
    width: 360
    height: 640

    readonly property VaultViewModel vault: ViewModels.vault
    readonly property RecordEditorViewModel editor: ViewModels.editor

    Component { id: newRecordPage; NewRecordPage { width: 360; height: 640 } }
    Component { id: editorPage; RecordEditorPage { width: 360; height: 640 } }
    Component { id: recordPage; RecordPage { width: 360; height: 640 } }
    Component { id: conflictsPage; ConflictsPage { width: 360; height: 640 } }
    Component { id: vaultPage; VaultPage { width: 360; height: 640 } }
    SignalSpy { id: spy }

    function initTestCase() {
        const link = ViewModels.link
        if (ViewModels.profiles.count === 0) {
            link.reset()
            link.lookUp("vault.example", "")
            tryCompare(link, "step", LinkViewModel.Database, 10000)
            link.chooseDatabase("demo")
            link.link("alice", "secret-pass", "work")
            tryCompare(link, "step", LinkViewModel.Done, 20000)
        }
        ViewModels.unlock.profileName = "work"
        ViewModels.unlock.unlock("secret-pass")
        tryCompare(vault, "open", true, 10000)
    }

    function cleanupTestCase() {
        vault.lock()
    }

    function synchronize() {
        vault.sync(false)
        tryCompare(vault.syncStatus, "syncing", false, 20000)
        compare(vault.syncStatus.error, "")
    }

    function typeInto(item, text) {
        mouseClick(item)
        for (const c of text)
            keyClick(c)
    }

    function test_1_aNewRecordOffersTheFormsAndOnlyThePlacesAllowed() {
        ViewModels.newRecord.reload()
        const page = createTemporaryObject(newRecordPage, this, { viewModel: ViewModels.newRecord })
        verify(findChild(page, "form_login").checked)
        verify(findChild(page, "place_0").checked)          // Personal
        compare(findChild(page, "place_7"), null, "the read-only unit IT was offered")
        verify(!findChild(page, "newRecordReason").visible)
        spy.target = page
        spy.signalName = "chosen"
        spy.clear()
        mouseClick(findChild(page, "continueButton"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "login")
        compare(spy.signalArguments[0][1], 0)
    }

    function test_2_theEditorWantsANameShowsStrengthAndGenerates() {
        const before = vault.records.count
        verify(editor.create("login", 0))
        const page = createTemporaryObject(editorPage, this, {
            viewModel: editor, generator: ViewModels.generator
        })
        const save = findChild(page, "saveButton")
        verify(!save.enabled)
        verify(findChild(page, "problem_name").visible)
        compare(findChild(page, "problem_name").text, "A record needs a name.")
        typeInto(findChild(page, "field_name"), "Zed")
        verify(save.enabled)
        verify(!findChild(page, "problem_name").visible)

        const password = findChild(page, "field_password")
        compare(password.echoMode, TextInput.Password)
        typeInto(password, "abc")
        const strength = findChild(page, "strength_password")
        verify(strength.visible)
        verify(strength.text.startsWith("Very weak"), strength.text)
        mouseClick(findChild(page, "reveal_password"))
        compare(password.echoMode, TextInput.Normal)

        mouseClick(findChild(page, "generate_password"))
        const dialog = findChild(page, "generatorDialog")
        tryCompare(dialog, "opened", true)
        const generated = ViewModels.generator.password
        compare(generated.length, 20)
        mouseClick(findChild(dialog, "usePassword"))
        tryCompare(dialog, "visible", false)
        compare(password.text, generated)
        compare(ViewModels.generator.password, "", "the generator kept the password")
        verify(strength.text.startsWith("Strong"), strength.text)

        // Escape gives it all up: nothing is written.
        spy.target = page
        spy.signalName = "cancelled"
        spy.clear()
        keyClick(Qt.Key_Escape)
        compare(spy.count, 1)
        verify(!editor.open)
        compare(vault.records.count, before)
    }

    function test_3_theRecordPageOffersEditAndDeleteOnlyWhereAllowed() {
        const page = createTemporaryObject(recordPage, this, {
            viewModel: ViewModels.record, clipboard: ViewModels.clipboard,
            actions: ViewModels.recordActions, history: ViewModels.recordHistory
        })
        ViewModels.record.open(1) // Site 0, personal
        verify(findChild(page, "editButton").visible)
        verify(findChild(page, "deleteButton").visible)
        verify(!findChild(page, "readOnlyReason").visible)
        mouseClick(findChild(page, "deleteButton"))
        const dialog = findChild(page, "deleteDialog")
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "keepRecord"))
        tryCompare(dialog, "visible", false)
        compare(ViewModels.record.name, "Site 0", "the record went without a yes")

        const router = Server.addRecord("Router")
        Server.moveToUnit(router, 7)
        synchronize()
        ViewModels.record.open(router)
        verify(!findChild(page, "editButton").visible)
        verify(!findChild(page, "deleteButton").visible)
        verify(findChild(page, "readOnlyReason").visible)
        compare(findChild(page, "readOnlyReason").text,
                "Read only: the server does not let you change records of \"IT\".")
        ViewModels.record.close()
    }

    function test_4_aConflictIsMarkedInTheListAndResolvedOnItsPage() {
        verify(editor.edit(1))
        editor.setValue("username", "mine")
        verify(editor.save())
        Server.setField(1, "username", "theirs")
        synchronize()
        compare(vault.syncStatus.attention, 1)

        const list = createTemporaryObject(vaultPage, this, { viewModel: vault })
        vault.searchText = "Site 0"
        tryVerify(() => findChild(list, "noted_0") && findChild(list, "noted_0").visible)
        compare(findChild(list, "noted_0").Accessible.name, "Conflict: waits for your review")
        verify(findChild(list, "attention").visible)
        vault.searchText = ""

        ViewModels.conflicts.reload()
        const page = createTemporaryObject(conflictsPage, this, { viewModel: ViewModels.conflicts })
        compare(findChild(page, "mine_0").text, "mine")
        compare(findChild(page, "theirs_0").text, "theirs")
        verify(findChild(page, "theirs_0Where").text.endsWith(", desk"))
        verify(!findChild(page, "nothingWaits").visible)
        mouseClick(findChild(page, "keepServers_0"))
        verify(findChild(page, "nothingWaits").visible)
        compare(vault.syncStatus.attention, 0)
        compare(vault.syncStatus.waiting, 0)
    }
}
