'use strict';
// electron-builder afterPack hook for the packaging test: asks electron-builder's own Linux
// helper (the code the deb and AppImage targets use) which icons it installs and which desktop
// entry it writes, and leaves both next to the unpacked app for the test to check. `--linux dir`
// builds neither package, and both need tools that are downloaded, which this machine cannot.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper');

exports.default = async function linuxDesktop(context) {
  const helper = new LinuxTargetHelper(context.packager);
  const icons = await helper.icons;
  const entry = await helper.computeDesktopEntry(context.packager.platformSpecificBuildOptions);
  writeFileSync(
    join(context.appOutDir, '..', 'linux-desktop.json'),
    JSON.stringify({
      executableName: context.packager.executableName,
      desktopFileName: `${helper.getDesktopFileName()}.desktop`,
      icons: icons.map((icon) => ({ file: icon.file, size: icon.size })),
      entry,
    }),
  );
};
