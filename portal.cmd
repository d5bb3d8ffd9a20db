@echo off
rem portal: build the tool with Maven when its jar is missing or older than the sources, then run it.
rem Usage: portal build   or   portal --help
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\portal-cli.jar"
set "CDS=%HERE%target\portal.jsa"

if not exist "%JAR%" goto build
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTime; $newer = Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
where mvn >nul 2>nul
if errorlevel 1 (
  echo portal: Maven ^(mvn^) is needed to build the tool; install Maven and Java 17 1>&2
  exit /b 2
)
echo portal: building the tool ^(first run or sources changed^)... 1>&2
if not exist "%HERE%target" mkdir "%HERE%target"
pushd "%HERE%"
call mvn -B -q -DskipTests package > "%HERE%target\portal-build.log" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if exist "%CDS%" del "%CDS%"
if not "%BUILD%"=="0" (
  type "%HERE%target\portal-build.log" 1>&2
  echo portal: the tool failed to build; the Maven output is above and in target\portal-build.log 1>&2
  exit /b 1
)

:run
rem JVM options: a build is short (quick C1 compiler, serial collector); serve and bench run long.
set "PORTAL_BUILD_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8"
set "PORTAL_CDS_ARCHIVE=%CDS%"
set "OPTIONS=%PORTAL_BUILD_JAVA_OPTIONS%"
if /i "%~1"=="serve" set "OPTIONS=-XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8"
if /i "%~1"=="bench" set "OPTIONS=-XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8"
rem Class-data sharing: one training build records the classes a build loads; later runs map them.
rem A jar built since (by mvn package or verify) makes the archive useless: Java would refuse it quietly.
if exist "%CDS%" powershell -NoProfile -NonInteractive -Command "if ((Get-Item -LiteralPath $env:JAR).LastWriteTime -gt (Get-Item -LiteralPath $env:CDS).LastWriteTime) { Remove-Item -LiteralPath $env:CDS }"
if not exist "%CDS%" java %PORTAL_BUILD_JAVA_OPTIONS% -XX:ArchiveClassesAtExit="%CDS%" -jar "%JAR%" build --project "%HERE%." --output "%HERE%target\cds-training\site" >nul 2>nul
rem Run from the project folder, so paths in messages stay short;
rem portal import reads relative FILE arguments from the folder the user ran the launcher in.
set "PORTAL_INVOKED_FROM=%CD%"
pushd "%HERE%"
java %OPTIONS% -XX:SharedArchiveFile="%CDS%" -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
popd
exit /b %CODE%
