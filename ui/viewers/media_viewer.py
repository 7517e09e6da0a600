"""Audio and video: QMediaPlayer reads from a QBuffer in memory (setSourceDevice); no file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget


class MediaViewer(QWidget):
    def __init__(self, data: bytes, mime: str, video: bool) -> None:
        super().__init__()
        self._bytes = QByteArray(data)
        self.buffer = QBuffer(self)
        self.buffer.setData(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget() if video else None
        if self.video is not None:
            self.player.setVideoOutput(self.video)
        # The URL only hints the format to the backend; the bytes come from the buffer.
        self.player.setSourceDevice(self.buffer, QUrl("memory:/media" + _suffix(mime)))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.player.durationChanged.connect(lambda d: self.position.setRange(0, int(d)))
        self.player.positionChanged.connect(self.position.setValue)
        self.state = QLabel()
        self.player.errorOccurred.connect(self._error)
        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.position, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if self.video is not None:
            lay.addWidget(self.video, 1)
        else:
            lay.addStretch(1)
        lay.addLayout(bar)
        lay.addWidget(self.state)

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.state.setText(self.tr("Cannot play: %1").replace("%1", message))

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.play_button.setText(self.tr("Play"))
        else:
            self.player.play()
            self.play_button.setText(self.tr("Pause"))

    def shutdown(self) -> None:
        self.player.stop()
        self.buffer.close()


def _suffix(mime: str) -> str:
    return {
        "audio/mpeg": ".mp3",
        "audio/ogg": ".ogg",
        "audio/wav": ".wav",
        "audio/x-wav": ".wav",
        "audio/mp4": ".m4a",
        "audio/flac": ".flac",
        "video/mp4": ".mp4",
        "video/webm": ".webm",
        "video/quicktime": ".mov",
        "video/x-matroska": ".mkv",
    }.get(mime.split(";")[0].strip(), "")
